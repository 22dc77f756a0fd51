// expect: {"success": true, "output": "number", "logs": ["kept"]}
// options: {"timeoutMs": 2000}
// clearTimeout cancels a pending timer; timer ids are numbers.
const t = setTimeout(() => console.log('cancelled'), 5);
setTimeout(() => console.log('kept'), 10);
clearTimeout(t);
typeof t
