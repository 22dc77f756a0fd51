// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A String.prototype.replace callback that loops forever times out.
'abc'.replace(/b/, () => { while (true) {} });
