// expect: {"success": true, "output": "Done!", "error": null, "logs": ["Log message"], "stderr": ["Warning message", "Error message"]}
// options: {}
// Seed test 2 (Console Methods): log is captured in logs, warn and error in stderr, each separately and in order.
console.log('Log message');
console.warn('Warning message');
console.error('Error message');
'Done!';
