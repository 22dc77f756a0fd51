// expect: {"success": true, "stderr": ["Trace: here 1\n    at where (test-console-trace-starts-at-the-caller.js:6:16)\n    at <eval> (test-console-trace-starts-at-the-caller.js:7:8)"]}
// options: {}
// console.trace prints the artifact's own frames, from the function that called it, as Node
// does: none of the console's internals.
function where() {
  console.trace('here', 1);
} where();
