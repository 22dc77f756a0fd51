// expect: {"success": true, "output": {"a": 1, "list": [1, 2], "s": "str"}, "logs": ["{ a: 1 }"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing JSON.stringify/JSON.parse does not change how the kernel serializes the result or formats logs.
JSON.stringify = () => '"pwned"';
JSON.parse = () => 'pwned';
console.log({ a: 1 });
({ a: 1, list: [1, 2], s: 'str' })
