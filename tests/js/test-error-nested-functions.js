// expect: {"success": false, "error": {"name": "TypeError", "message": {"$regex": "^TypeError: .*foo"}, "line": 7, "kind": "runtime", "stack": {"$regex": "inner[\\s\\S]*outer"}}}
// options: {}
// An error thrown two functions deep points at the failing line inside `inner`, and the stack names inner then outer.
const a = 1;
function outer() {
  function inner() {
    null.foo;
  }
  inner();
}
outer();
