// expect: {"success": true, "output": ["a", 1, true, null, {"k": [null]}]}
// options: {}
// Arrays of mixed primitives and nested objects come back as JSON arrays.
['a', 1, true, null, { k: [null] }]
