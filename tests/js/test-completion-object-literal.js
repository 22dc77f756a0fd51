// expect: {"success": true, "output": {"id": 1, "value": "two", "nested": {"a": [1, 2]}}}
// options: {}
// A final statement `{ ... }` that parses as an object literal is the object (as in Node's REPL), not a block.
const id = 1, value = 'two';
{ id, value, nested: { a: [1, 2] } };
