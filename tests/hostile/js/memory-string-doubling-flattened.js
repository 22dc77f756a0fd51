// expect: {"success": false, "output": null, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// Doubling a string and forcing it flat (reading a character) really allocates the bytes: at 32 MB the run fails with kind "memory".
let s = 'xy';
let sum = 0;
while (true) { s = s + s; sum += s.charCodeAt(s.length - 1); }
