// expect: {"success": true, "output": {"version": "0.1.0", "type": "string"}}
// options: {}
// LLMOS.version is the kernel API version '0.1.0'.
({ version: LLMOS.version, type: typeof LLMOS.version })
