// expect: {"success": false, "error": {"name": "TypeError", "message": "TypeError: late failure", "kind": "runtime"}}
// options: {"timeoutMs": 1000}
// An async function that rejects after a timer, without anyone awaiting it, fails the run.
async function background() {
  await new Promise((r) => setTimeout(r, 5));
  throw new TypeError('late failure');
}
background();
'completed'
