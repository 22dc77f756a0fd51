// expect: {"success": false, "error": {"kind": {"$regex": "^(memory|timeout)$"}}}
// options: {"timeoutMs": 500, "memoryLimitMb": 32}
// An artifact that catches out-of-memory and keeps allocating must not run on forever or crash: it ends as "memory" (or at worst "timeout").
const keep = [];
while (true) {
  try {
    while (true) keep.push(new Array(10000).fill(keep.length));
  } catch (e) {
    keep.length = keep.length;
  }
}
