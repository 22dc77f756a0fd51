// expect: {"success": true, "output": {"small": "42", "big": "123456789012345678901234567890", "neg": "-7", "list": ["18446744073709551616"]}}
// options: {}
// BigInt values become decimal strings.
({ small: 42n, big: 123456789012345678901234567890n, neg: -7n, list: [2n ** 64n] })
