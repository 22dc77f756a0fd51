// expect: {"success": true, "output": {"first": 0.5, "last": 0.5, "rest": 0, "length": 1048576, "keys": ["000", "111"]}}
// options: {}
// GHZ states: 20 qubits exactly (only |0...0> and |1...1>), and 3 qubits sampled.
const n = 20;
const c = LLMOS.quantum.createCircuit(n);
c.h(0);
for (let q = 1; q < n; q++) c.cx(q - 1, q);
const p = c.probabilities();
let rest = 0;
for (let i = 1; i < p.length - 1; i++) rest += p[i];
const g3 = LLMOS.quantum.createCircuit(3).h(0).cx(0, 1).cx(1, 2);
({ first: p[0], last: p[p.length - 1], rest, length: p.length, keys: Object.keys(g3.run({ shots: 500, seed: 9 })).sort() });
