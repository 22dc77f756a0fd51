// expect: {"success": true, "output": [1, [2, 3], {"k": "v"}], "logs": ["[ 1, [ 2, 3 ], { k: 'v' } ]"], "stderr": ["warn 1"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Every Array.prototype method replaced by a function returning 'pwned', plus a throwing index setter on Array.prototype: console output and the result are still right.
const value = [1, [2, 3], { k: 'v' }];
for (const k of Object.getOwnPropertyNames(Array.prototype)) {
  if (k !== 'constructor' && k !== 'length') Array.prototype[k] = function () { return 'pwned'; };
}
Object.defineProperty(Array.prototype, '0', { set() { throw new Error('index setter'); }, configurable: true });
console.log(value);
console.warn('warn', 1);
value
