// expect: {"success": true, "output": {"keys": ["000", "001"], "x1": 1}}
// options: {}
// measure(q) measures only that qubit: the other qubits read 0 in the keys, as unwritten classical bits do in Qiskit; gates on unmeasured qubits are still allowed.
const c = LLMOS.quantum.createCircuit(3);
c.h(0).measure(0);
c.x(1);
const counts = c.run({ shots: 200, seed: 3 });
({ keys: Object.keys(counts).sort(), x1: c.probabilities().reduce((s, v, i) => s + (i & 2 ? v : 0), 0) });
