// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// Parsing an ever larger JSON array inside the artifact hits the memory limit.
let text = '[' + '{"k":[1,2,3]},'.repeat(100000) + '0]';
const keep = [];
while (true) keep.push(JSON.parse(text));
