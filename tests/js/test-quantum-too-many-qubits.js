// expect: {"success": false, "error": {"name": "RangeError", "message": {"$regex": "21 qubits is outside the supported range of 1 to 20"}, "kind": "limit", "line": 4}}
// options: {}
// More than 20 qubits is refused as a kernel limit.
LLMOS.quantum.createCircuit(21);
