// expect: {"success": true, "logs": [{"$regex": "^Error: boom\\n    at "}, {"$regex": "^\\{\\n  err: TypeError: inner\\n      at "}, "boom"], "stderr": [{"$regex": "^RangeError: bad range\\n    at "}]}
// options: {}
// An Error is printed with its "Name: message" header and stack (indented when nested), as Node does; console.error goes to stderr.
const e = new Error('boom');
console.log(e);
console.log({ err: new TypeError('inner') });
console.log(e.message);
console.error(new RangeError('bad range'));
