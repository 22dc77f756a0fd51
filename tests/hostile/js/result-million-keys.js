// expect: {"success": true, "output": {"$type": "string"}, "truncated": {"output": true}}
// options: {"timeoutMs": 6000, "memoryLimitMb": 256}
// A result object with 10^6 keys (well over 1 MB of JSON) is capped and flagged truncated.output, within the time limit, never a crash.
const o = {};
for (let i = 0; i < 1e6; i++) o['key' + i] = i;
o
