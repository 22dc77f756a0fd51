// expect: {"success": false, "error": {"name": "TypeError", "kind": "runtime", "line": 7, "column": 10, "message": "TypeError: cannot import 'node:fs': modules are not available in llmos artifacts"}}
// options: {}
// An uncaught import() refusal points at the import() call, even one that is awaited or
// returned (QuickJS used to reject from a later job, with no position, or the function's start).
async function load() {
  const unused = 1;
  return import('node:fs');
}
await load();
