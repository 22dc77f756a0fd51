// expect: {"success": true, "output": "1000000000000000000000000000000"}
// options: {}
// A BigInt completion value becomes its decimal string.
10n ** 30n
