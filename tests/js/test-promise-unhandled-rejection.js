// expect: {"success": false, "error": {"name": "Error", "message": "Error: nobody catches this", "kind": "runtime"}}
// options: {"timeoutMs": 1000}
// A promise rejection that nobody handles fails the run, even though the script itself completed.
Promise.reject(new Error('nobody catches this'));
'completed'
