// expect: {"success": true, "output": {"chunks": [[1, 2], [3, 4], [5]], "none": [], "r": [1.01, 2, -2, 1234.57, 1200, 1e-7, -0.13, 1e+21]}}
// options: {}
// LLMOS.utils.chunk slices an array; LLMOS.utils.round rounds to decimal digits as written (1.005 → 1.01), half away from zero, negative digits to tens and hundreds.
const u = LLMOS.utils;
({
  chunks: u.chunk([1, 2, 3, 4, 5], 2),
  none: u.chunk([], 3),
  r: [u.round(1.005, 2), u.round(1.5), u.round(-1.5), u.round(1234.5678, 2), u.round(1234.5678, -2), u.round(1e-7, 7), u.round(-0.125, 2), u.round(1e21, 2)],
})
