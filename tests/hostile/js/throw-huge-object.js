// expect: {"success": false, "output": null, "error": {"message": {"$type": "string"}, "kind": "runtime"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// Throwing an object with 50,000 keys and a 3 MB string fails cleanly; the error report stays bounded (never a crash or a hang).
const o = { big: 'x'.repeat(3 * 1024 * 1024) };
for (let i = 0; i < 50000; i++) o['k' + i] = i;
throw o;
