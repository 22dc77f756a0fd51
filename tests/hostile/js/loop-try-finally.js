// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A finally block that restarts the loop cannot defeat the time limit.
let n = 0;
while (true) {
  try {
    for (;;) { n++; }
  } finally {
    for (;;) { n--; }
  }
}
