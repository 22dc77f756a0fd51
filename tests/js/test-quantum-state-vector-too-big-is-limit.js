// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "message": {"$regex": "^RangeError: circuit\\.stateVector: the 1048576 amplitudes of 20 qubits as \\[re, im\\] arrays need about 184 MB, and [0-9]+ MB of the memory limit of 128 MB are left: raise the memory limit, or use probabilities\\(\\) \\(16 MB\\)$"}}}
// options: {}
// stateVector() of 20 qubits is a million [re, im] arrays, more than the default 128 MB heap
// holds: it is refused at once with what it needs (kind limit), not after filling the heap.
// probabilities() of the same state fits.
const c = LLMOS.quantum.createCircuit(20);
for (let q = 0; q < 20; q++) c.h(q);
if (c.probabilities().length !== 1 << 20) throw new Error('probabilities');
c.stateVector();
