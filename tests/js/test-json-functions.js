// expect: {"success": true, "output": {"named": "[Function hello]", "method": "[Function greet]", "arr": ["[Function (anonymous)]"], "top": "[Function hello]"}}
// options: {}
// Functions become "[Function name]" (anonymous ones "[Function (anonymous)]").
function hello() {}
const o = { greet() {} };
({ named: hello, method: o.greet, arr: [(() => () => 1)()], top: hello })
