// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 64}
// FinalizationRegistry cleanup callbacks (one of which schedules an endless timer) keeps the run alive only until the time limit; teardown with pending finalizers is clean.
let armed = false;
const reg = new FinalizationRegistry(() => { if (!armed) { armed = true; setTimeout(() => { for (;;); }, 0); } });
for (let i = 0; i < 1e5; i++) reg.register({ i }, i);
setTimeout(() => { for (;;); }, 1);
'registered'
