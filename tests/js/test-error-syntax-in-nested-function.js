// expect: {"success": false, "error": {"name": "SyntaxError", "line": 7, "kind": "syntax"}}
// options: {}
// A syntax error deep inside a function body points at its line, not at the function's start.
function outer() {
  function inner() {
    const x = 1;
    return x +* 2;
  }
  return inner();
}
outer();
