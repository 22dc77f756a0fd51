// expect: {"success": false, "output": null, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// Pushing objects into an array forever hits the 32 MB memory limit: kind "memory", not a crash or a timeout.
const hog = [];
while (true) hog.push({ a: hog.length, b: 'x' });
