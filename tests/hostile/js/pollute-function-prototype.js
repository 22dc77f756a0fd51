// expect: {"success": true, "output": {"sum": 3}, "logs": ["[Function: f] 3"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Function.prototype.call/apply/bind/toString and Reflect.apply does not break console output or result conversion.
function f() {}
Function.prototype.call = () => { throw new Error('call'); };
Function.prototype.apply = () => { throw new Error('apply'); };
Function.prototype.bind = () => { throw new Error('bind'); };
Function.prototype.toString = () => 'pwned';
Reflect.apply = () => { throw new Error('Reflect.apply'); };
console.log(f, 3);
({ sum: 1 + 2 })
