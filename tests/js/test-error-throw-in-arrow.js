// expect: {"success": false, "error": {"name": "TypeError", "message": "TypeError: bad type", "line": 5, "kind": "runtime"}}
// options: {}
// A TypeError thrown from an arrow function: its name, `Name: text` message and the line of the throw.
const f = () => {
  throw new TypeError('bad type');
};
f();
