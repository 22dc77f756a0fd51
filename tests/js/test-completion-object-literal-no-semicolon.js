// expect: {"success": true, "output": {"a": 1, "b": "x"}}
// options: {}
// A lone `{ a: 1, "b": 'x' }` without semicolon as the whole program is also an object literal.
{ a: 1, "b": 'x' }
