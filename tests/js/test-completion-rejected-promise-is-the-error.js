// expect: {"success": false, "error": {"name": "RangeError", "message": "RangeError: no rows", "line": 7, "kind": "runtime"}}
// options: {}
// A completion value that is a rejected promise is the run's error, as `await` of it would be,
// even when the artifact attached a handler to it.
async function load() {
  await null;
  throw new RangeError('no rows');
}
const p = load();
p.catch(() => {});
p;
