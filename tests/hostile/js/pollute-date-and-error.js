// expect: {"success": false, "error": {"name": "Error", "message": "Error: real message", "kind": "runtime"}, "output": null, "logs": ["1970-01-01T00:00:00.000Z"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Date.prototype.toISOString/toJSON and Error.prototype.toString does not change console output of a Date or how an uncaught error is reported.
const d = new Date(0);
Date.prototype.toISOString = () => 'pwned';
Date.prototype.toJSON = () => 'pwned';
Error.prototype.toString = () => 'pwned';
console.log(d);
throw new Error('real message');
