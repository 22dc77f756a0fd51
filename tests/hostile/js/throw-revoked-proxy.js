// expect: {"success": false, "error": {"kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing a revoked Proxy (every operation on it throws TypeError) fails the run cleanly.
const { proxy, revoke } = Proxy.revocable(new Error('inner'), {});
revoke();
throw proxy;
