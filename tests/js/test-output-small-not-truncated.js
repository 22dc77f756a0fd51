// expect: {"success": true, "truncated": {"output": false, "logs": false, "stderr": false}}
// options: {}
// Small outputs are not flagged as truncated.
console.log('small');
console.error('small');
({ small: true })
