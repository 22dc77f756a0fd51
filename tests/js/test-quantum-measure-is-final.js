// expect: {"success": false, "error": {"name": "RangeError", "message": {"$regex": "qubit 0 was already measured"}, "line": 6}}
// options: {}
// Measurements are final: a gate on a measured qubit is refused instead of giving a silently wrong result.
const c = LLMOS.quantum.createCircuit(2);
c.h(0).measure(0);
c.h(0);
