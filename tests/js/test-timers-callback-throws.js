// expect: {"success": false, "error": {"name": "Error", "message": "Error: thrown in timer", "line": 5, "kind": "runtime"}, "logs": ["sync"]}
// options: {"timeoutMs": 2000}
// An uncaught error in a timer callback fails the run, with the line of the throw.
setTimeout(() => {
  throw new Error('thrown in timer');
}, 1);
console.log('sync');
'finished'
