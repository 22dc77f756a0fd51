// expect: {"success": true, "output": "done", "logs": ["sync", "timer 1", "timer 2"]}
// options: {"timeoutMs": 2000}
// Timers still pending when the script ends are driven to completion before the result is returned; the output is the script's completion value.
console.log('sync');
setTimeout(() => { console.log('timer 1'); setTimeout(() => console.log('timer 2'), 5); }, 5);
'done'
