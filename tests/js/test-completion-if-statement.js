// expect: {"success": true, "output": "yes"}
// options: {}
// The completion value of an if statement is the value of the branch taken.
const n = 3;
if (n > 2) { 'yes' } else { 'no' }
