// expect: {"success": true, "output": {"caught": "InternalError", "after": 3}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A stack overflow the artifact catches leaves the context usable: the run goes on and returns its value.
function down() { return down() + 1; }
let caught;
try { down(); } catch (e) { caught = e.name; }
({ caught, after: 1 + 2 })
