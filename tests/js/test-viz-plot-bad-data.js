// expect: {"success": true, "output": [{"$regex": "^TypeError: .*data must be an array of numbers, an object \\{x: \\[\\.\\.\\.\\], y: \\[\\.\\.\\.\\]"}, {"$regex": "^TypeError: .*data\\[1\\] is 'two'; expected a number"}, {"$regex": "^TypeError: .*3 x values and 2 y values"}, {"$regex": "^TypeError: .*y must be an array of numbers"}, {"$regex": "^TypeError: .*data is an empty array"}, {"$regex": "^TypeError: .*options.type must be 'line', 'bar' or 'scatter'"}, {"$regex": "^TypeError: .*unknown property 'colour'"}, {"$regex": "^TypeError: .*x must be all numbers or all strings"}, {"$regex": "^RangeError: .*over the limit of 2000"}]}
// options: {}
// Bad data is a TypeError that says what shape was expected.
const attempts = [
  () => LLMOS.viz.plot('abc'),
  () => LLMOS.viz.plot([1, 'two', 3]),
  () => LLMOS.viz.plot({ x: [1, 2, 3], y: [1, 2] }),
  () => LLMOS.viz.plot({ x: [1, 2] }),
  () => LLMOS.viz.plot([]),
  () => LLMOS.viz.plot([1, 2], { type: 'pie' }),
  () => LLMOS.viz.plot([1, 2], { colour: 'red' }),
  () => LLMOS.viz.plot({ x: ['a', 2], y: [1, 2] }),
  () => LLMOS.viz.plot([1, 2], { width: 5000 }),
];
attempts.map((f) => { try { f(); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } });
