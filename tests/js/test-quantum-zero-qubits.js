// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit"}}
// options: {}
// Fewer than one qubit is outside the supported range too.
LLMOS.quantum.createCircuit(0);
