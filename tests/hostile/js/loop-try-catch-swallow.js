// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// The timeout interrupt cannot be swallowed: a catch-all around the loop that loops again must still end as "timeout".
while (true) {
  try {
    while (true) {}
  } catch (e) {
    continue;
  }
}
