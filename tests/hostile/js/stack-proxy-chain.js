// expect: {"success": false, "error": {"kind": {"$regex": "^(stack|memory)$"}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A chain of 1,000,000 proxies, each wrapping the previous one, is read through: native recursion in the proxy code must end as a clean stack (or memory) error, never a crash.
let p = {};
for (let i = 0; i < 1000000; i++) p = new Proxy(p, {});
p.x;
