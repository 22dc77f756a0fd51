// expect: {"success": true, "output": {"sum": 0.6, "big": 2, "empty": 0, "mean": 2.5}}
// options: {}
// LLMOS.utils.sum adds without losing small terms next to large ones (0.1 + 0.2 + 0.3 is 0.6); mean is the arithmetic mean.
const u = LLMOS.utils;
({ sum: u.sum([0.1, 0.2, 0.3]), big: u.sum([1e100, 1, 1, -1e100]), empty: u.sum([]), mean: u.mean([1, 2, 3, 4]) })
