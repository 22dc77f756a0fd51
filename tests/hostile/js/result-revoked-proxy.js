// expect: {"success": false, "error": {"name": "TypeError", "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A revoked Proxy as the completion value: converting it throws a TypeError, which is reported as a clean runtime error.
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
revoke();
proxy
