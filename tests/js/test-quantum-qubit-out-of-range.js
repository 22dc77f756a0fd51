// expect: {"success": false, "error": {"name": "RangeError", "message": {"$regex": "qubit 3 is out of range: a 3-qubit circuit has qubits 0 to 2"}, "kind": "runtime", "line": 5}}
// options: {}
// A qubit index out of range is a RangeError that names the circuit's qubits.
const c = LLMOS.quantum.createCircuit(3);
c.h(3);
