// expect: {"success": true, "logs": ["a 1 { b: 2 } [ 'q' ] 'nested'", "x\ny"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// String.prototype.concat alone (what QuickJS uses to evaluate template literals) replaced: console output must not change.
String.prototype.concat = function () { return 'pwned'; };
console.log('a', 1, { b: 2 }, ['q'], [`nested`][0] === 'nested' ? "'nested'" : 'broken');
console.log('x\ny');
