// expect: {"success": true, "output": {"one": [0, 1, 2, 3, 4], "two": [2, 3, 4], "step": [0, 3, 6, 9], "down": [5, 3, 1], "frac": [0, 0.25, 0.5, 0.75], "empty": [], "backwards": []}}
// options: {}
// LLMOS.utils.range (stdlib.js) counts as Python's range does: up to, not including, the end; fractional and negative steps too.
const r = LLMOS.utils.range;
({ one: r(5), two: r(2, 5), step: r(0, 10, 3), down: r(5, 0, -2), frac: r(0, 1, 0.25), empty: r(0), backwards: r(5, 0) })
