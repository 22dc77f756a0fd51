// expect: {"success": true, "logs": ["[Function: foo] [class Bar] [Function (anonymous)] [AsyncFunction: af] [GeneratorFunction: g]"]}
// options: {}
// Functions and classes are shown as Node shows them.
function foo() {}
class Bar {}
async function af() {}
function* g() {}
console.log(foo, Bar, (() => () => 1)(), af, g);
