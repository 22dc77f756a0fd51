// expect: {"success": true, "output": 10, "logs": ["got 5"]}
// options: {}
// Top-level await works and the completion value after it is still returned.
const v = await Promise.resolve(5);
console.log('got', v);
v * 2;
