// expect: {"success": true, "output": {"n": 5, "s": "text"}, "logs": ["5 text"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing Symbol.toPrimitive / valueOf / toString on Object.prototype, Number.prototype and String.prototype do not break logging of primitives or the result.
Object.prototype[Symbol.toPrimitive] = () => { throw new Error('toPrimitive'); };
Number.prototype.valueOf = () => { throw new Error('valueOf'); };
Number.prototype.toString = () => { throw new Error('toString'); };
String.prototype.toString = () => { throw new Error('toString'); };
String.prototype.valueOf = () => { throw new Error('valueOf'); };
console.log(5, 'text');
({ n: 5, s: 'text' })
