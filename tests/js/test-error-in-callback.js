// expect: {"success": false, "error": {"name": "Error", "message": "Error: item 3 is bad", "line": 6, "kind": "runtime", "stack": {"$regex": "map"}}}
// options: {}
// An error thrown inside an Array.prototype.map callback points at the callback's line.
const items = [1, 2, 3];
items.map((n) => {
  if (n === 3) throw new Error('item ' + n + ' is bad');
  return n;
});
