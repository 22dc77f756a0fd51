// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// console.log('%s', obj) with a toString that never returns times out (format calls String(obj)).
const o = { toString() { for (;;); } };
console.log('%s', o);
