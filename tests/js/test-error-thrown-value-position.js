// expect: {"success": false, "error": {"name": "Uncaught", "message": "Uncaught: boom", "line": 9, "column": 5, "stack": "Uncaught: boom\n    at test-error-thrown-value-position.js:9:5", "kind": "runtime"}}
// options: {}
// A thrown value that is not an Error (a string, a number, an object) has no stack of its own,
// but the result still gives the line and column of the `throw`, as Node does; a value thrown
// and caught earlier does not stand in for it.
try { throw 'caught'; } catch {}
function check(v) {
  if (v > 1)
    throw 'boom';
}
check(1);
check(2);
