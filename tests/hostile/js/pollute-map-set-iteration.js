// expect: {"success": true, "output": {"m": {"1": 2, "k": "v"}, "s": [3, "q"]}, "logs": ["Map(2) { 1 => 2, 'k' => 'v' } Set(2) { 3, 'q' }"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Map/Set iteration (entries, values, forEach, Symbol.iterator, the iterators' next) does not change how the kernel converts Map and Set in the result or in console output.
const m = new Map([[1, 2], ['k', 'v']]);
const s = new Set([3, 'q']);
Map.prototype.entries = function* () { yield ['pwned', 1]; };
Map.prototype[Symbol.iterator] = Map.prototype.entries;
Map.prototype.forEach = function (f) { f('pwned', 'pwned'); };
Set.prototype.values = function* () { yield 'pwned'; };
Set.prototype[Symbol.iterator] = Set.prototype.values;
Set.prototype.forEach = function (f) { f('pwned', 'pwned'); };
Object.getPrototypeOf(new Map().entries()).next = () => ({ done: false, value: ['pwned', 'pwned'] });
Object.getPrototypeOf(new Set().values()).next = () => ({ done: false, value: 'pwned' });
console.log(m, s);
({ m, s })
