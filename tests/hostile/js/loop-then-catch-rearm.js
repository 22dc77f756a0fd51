// expect: {"success": false, "output": null, "error": {"kind": "timeout"}, "logs": []}
// options: {"timeoutMs": 200, "memoryLimitMb": 32}
// The time-limit interrupt must never reach the artifact as a catchable promise rejection: here each endless .then handler's interrupt would be caught and another one armed. Bounded to 50 rounds so a broken engine still ends (the unbounded form, `function again() { Promise.resolve().then(spin).catch(again); }`, runs forever in-process); logs must stay empty.
let caught = 0;
const spin = () => { for (;;); };
function again() {
  if (caught >= 50) return;
  Promise.resolve().then(spin).catch(() => { caught++; console.log('caught the interrupt', caught); again(); });
}
again();
