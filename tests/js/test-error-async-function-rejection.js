// expect: {"success": false, "error": {"name": "Error", "message": "Error: failed inside async", "line": 6, "kind": "runtime"}}
// options: {}
// An awaited async function that throws fails the run with the line of the throw inside the async function.
async function load() {
  await null;
  throw new Error('failed inside async');
}
await load();
