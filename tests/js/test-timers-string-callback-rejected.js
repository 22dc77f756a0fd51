// expect: {"success": false, "error": {"name": "TypeError", "line": 4, "kind": "runtime"}}
// options: {"timeoutMs": 1000}
// setTimeout with a string instead of a function is a TypeError: strings are never evaluated as code.
setTimeout('globalThis.pwned = true', 0);
