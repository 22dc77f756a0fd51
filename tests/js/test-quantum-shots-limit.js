// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "message": {"$regex": "over the limit of 1000000"}}}
// options: {}
// More than a million shots is refused as a kernel limit.
LLMOS.quantum.createCircuit(1).run({ shots: 2e6 });
