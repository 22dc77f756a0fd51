// expect: {"success": true, "output": {"range": [0, 1, 2], "round": 2.5, "mean": 2, "chunk": [[1], [2]]}}
// options: {}
// The stdlib helpers captured the built-ins they use before the artifact ran: replacing Math.round, Array.isArray, Number.isFinite or String.prototype.split does not change them.
Math.round = () => 42;
Math.ceil = () => 0;
Array.isArray = () => false;
Number.isFinite = () => false;
Number.isInteger = () => false;
String.prototype.split = () => ['9'];
const u = LLMOS.utils;
({ range: u.range(3), round: u.round(2.45, 1), mean: u.mean([1, 2, 3]), chunk: u.chunk([1, 2], 1) })
