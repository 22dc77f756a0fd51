// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"memoryLimitMb": 8}
// A canvas's pixels (2000 x 2000 x 4 bytes) count against the artifact's memory limit.
LLMOS.viz.createCanvas(2000, 2000);
