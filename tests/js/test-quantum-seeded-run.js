// expect: {"success": true, "output": {"same": true, "different": true, "defaultShots": 1024}}
// options: {}
// run({shots, seed}) is deterministic for a seed; without shots it takes 1024.
const c = LLMOS.quantum.createCircuit(4);
for (let q = 0; q < 4; q++) c.h(q);
c.measure();
const a = JSON.stringify(c.run({ shots: 2000, seed: 123 }));
const b = JSON.stringify(c.run({ shots: 2000, seed: 123 }));
const d = JSON.stringify(c.run({ shots: 2000, seed: 124 }));
const counts = c.run();
({ same: a === b, different: a !== d, defaultShots: Object.values(counts).reduce((s, v) => s + v, 0) });
