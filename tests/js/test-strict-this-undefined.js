// expect: {"success": true, "output": [true, "undefined"]}
// options: {}
// Strict mode: `this` in a plain function call is undefined, not the global object.
function f() { return this === undefined; }
[f(), typeof (function () { return this; })()]
