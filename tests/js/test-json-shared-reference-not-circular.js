// expect: {"success": true, "output": {"a": {"v": 1}, "b": {"v": 1}, "arr": [{"v": 1}, {"v": 1}]}}
// options: {}
// The same object reached twice without a cycle is repeated, not marked "[Circular]".
const shared = { v: 1 };
({ a: shared, b: shared, arr: [shared, shared] })
