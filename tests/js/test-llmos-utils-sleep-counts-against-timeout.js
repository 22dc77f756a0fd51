// expect: {"success": false, "error": {"kind": "timeout"}, "logs": ["before"]}
// options: {"timeoutMs": 200}
// A sleep within the 10 s API limit still counts against the run's time limit: sleep(5000) with a 200 ms limit is a timeout.
console.log('before');
await LLMOS.utils.sleep(5000);
console.log('after');
