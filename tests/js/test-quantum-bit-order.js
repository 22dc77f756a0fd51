// expect: {"success": true, "output": {"p1": 1, "counts": {"001": 100}, "counts2": {"100": 10}, "sv1": [1, 0]}}
// options: {}
// Bit order as Qiskit: qubit 0 is the least significant bit of the probabilities' index and the rightmost character of a count's key.
const c = LLMOS.quantum.createCircuit(3);
c.x(0);
const p = c.probabilities();
const counts = c.run({ shots: 100, seed: 5 });
const d = LLMOS.quantum.createCircuit(3).x(2);
({ p1: p[1], counts, counts2: d.run({ shots: 10, seed: 5 }), sv1: c.stateVector()[1] });
