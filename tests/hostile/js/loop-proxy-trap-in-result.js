// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A Proxy whose ownKeys/get traps loop forever, returned as the completion value, times out during result conversion.
new Proxy({ a: 1 }, {
  ownKeys() { for (;;); },
  get() { for (;;); },
  getOwnPropertyDescriptor() { for (;;); },
})
