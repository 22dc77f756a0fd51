// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A Proxy get trap that reads from the proxy itself recurses through native code: kind "stack".
const p = new Proxy({}, { get(target, key, receiver) { return receiver[key]; } });
p.anything;
