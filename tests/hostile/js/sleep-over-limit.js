// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// sleep(10001), one millisecond over the API maximum, is refused at once with kind "limit" (not a timeout).
await LLMOS.utils.sleep(10001);
