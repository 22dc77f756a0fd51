// expect: {"success": false, "output": null, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An endless loop inside a .then handler is interrupted at the time limit; the artifact's .catch must not be able to turn that interrupt into a value and finish successfully.
const p = Promise.resolve().then(() => { for (;;); });
const r = await p.catch((e) => 'survived: ' + e);
r
