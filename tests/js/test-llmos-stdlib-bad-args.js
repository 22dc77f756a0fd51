// expect: {"success": true, "output": ["TypeError: LLMOS.utils.range: end must be a number", "RangeError: LLMOS.utils.range: step must not be 0", "RangeError: LLMOS.utils.range: end must be finite", "RangeError: LLMOS.utils.range: 10000000000 elements is more than an array can hold", "TypeError: LLMOS.utils.chunk: values must be an array", "RangeError: LLMOS.utils.chunk: size must be a positive integer", "TypeError: LLMOS.utils.round: value must be a number", "RangeError: LLMOS.utils.round: digits must be an integer from -15 to 15", "TypeError: LLMOS.utils.sum: values[1] is not a number", "TypeError: LLMOS.utils.sum: values must be an array of numbers", "RangeError: LLMOS.utils.mean: values must not be empty"]}
// options: {}
// Bad arguments to the stdlib helpers are a TypeError or a RangeError naming the helper and the argument, never a silently wrong result.
const u = LLMOS.utils;
const calls = [
  () => u.range('5'), () => u.range(0, 5, 0), () => u.range(Infinity), () => u.range(1e10),
  () => u.chunk('abc', 1), () => u.chunk([1], 0.5),
  () => u.round('1.5'), () => u.round(1.5, 16),
  () => u.sum([1, '2']), () => u.sum(null), () => u.mean([]),
];
calls.map((f) => { try { f(); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } })
