// expect: {"success": true, "output": ["TypeError", "RangeError", "TypeError", "RangeError", "TypeError", "RangeError", "RangeError", "RangeError", "TypeError", "TypeError", "TypeError", "RangeError", "TypeError", "RangeError", "RangeError"]}
// options: {}
// Every kind of bad argument is a TypeError (wrong type) or RangeError (bad value), catchable.
const c = LLMOS.quantum.createCircuit(2);
const attempts = [
  () => LLMOS.quantum.createCircuit('3'),
  () => LLMOS.quantum.createCircuit(2.5),
  () => c.h('0'),
  () => c.h(0.5),
  () => c.rx(0),
  () => c.rx(0, Infinity),
  () => c.cx(1, 1),
  () => c.h(-1),
  () => c.run('many'),
  () => c.run({ shot: 10 }),
  () => c.run({ shots: '10' }),
  () => c.run({ shots: 0 }),
  () => c.h.call({}, 0),
  () => c.run({ seed: -1 }),
  () => LLMOS.quantum.createCircuit(3).ccx(0, 1, 1),
];
attempts.map((f) => { try { f(); return 'no error'; } catch (e) { return e.name; } });
