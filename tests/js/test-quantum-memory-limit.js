// expect: {"success": false, "error": {"name": "InternalError", "kind": "memory"}}
// options: {"memoryLimitMb": 8}
// A 20-qubit state (16 MB) counts against the artifact's memory limit.
LLMOS.quantum.createCircuit(20);
