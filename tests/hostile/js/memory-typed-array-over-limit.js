// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// A 64 MB ArrayBuffer is a valid length but over the 32 MB memory limit: kind "memory".
const buf = new ArrayBuffer(64 * 1024 * 1024);
buf.byteLength
