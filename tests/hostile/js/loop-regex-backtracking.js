// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// Catastrophic regex backtracking (/^(a+)+$/ on 'aaa…b') is interrupted at the time limit inside the regex engine.
/^(a+)+$/.test('a'.repeat(40) + 'b');
