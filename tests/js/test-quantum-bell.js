// expect: {"success": true, "output": {"p": [0.5, 0, 0, 0.5], "sv": [[0.7071067811865476, 0], [0, 0], [0, 0], [0.7071067811865476, 0]], "keys": ["00", "11"], "total": 1000, "balanced": true, "n": 2}}
// options: {}
// A Bell pair: h(0), cx(0, 1). Exact probabilities and amplitudes; sampling gives only 00 and 11, about half each.
const c = LLMOS.quantum.createCircuit(2);
c.h(0).cx(0, 1);
const p = c.probabilities();
const sv = c.stateVector();
c.measure();
const counts = c.run({ shots: 1000, seed: 1 });
const keys = Object.keys(counts).sort();
const total = keys.reduce((s, k) => s + counts[k], 0);
({ p, sv, keys, total, balanced: Math.abs(counts['00'] - 500) < 60, n: c.numQubits });
