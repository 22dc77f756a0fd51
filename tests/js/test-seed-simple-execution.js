// expect: {"success": true, "output": 4, "error": null, "logs": ["2 + 2 = 4"], "stderr": [], "language": "javascript", "artifactId": "default"}
// options: {}
// Seed test 1 (Simple Execution): the completion value is the last expression, console.log joins its arguments with a space.
const result = 2 + 2;
console.log('2 + 2 =', result);
result;
