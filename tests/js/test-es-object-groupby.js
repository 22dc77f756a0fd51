// expect: {"success": true, "output": {"obj": {"odd": [1, 3], "even": [2]}, "map": {"odd": [1, 3], "even": [2]}}}
// options: {}
// Object.groupBy and Map.groupBy (provided by QuickJS 2025-04-26).
const xs = [1, 2, 3];
const key = (x) => (x % 2 ? 'odd' : 'even');
({ obj: Object.groupBy(xs, key), map: Map.groupBy(xs, key) })
