// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "line": 4}}
// options: {"timeoutMs": 1000}
// sleep longer than 10000 ms is refused immediately: an uncaught refusal fails the run with kind "limit".
await LLMOS.utils.sleep(10001);
