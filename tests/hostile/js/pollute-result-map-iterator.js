// expect: {"success": true, "output": {"replaced": {"a": 1}, "emptied": {"b": 2}, "set": [3]}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Converting Map/Set completion values must read their real entries, not the artifact's replaced Symbol.iterator or iterator next().
const replaced = new Map([['a', 1]]);
const emptied = new Map([['b', 2]]);
const set = new Set([3]);
Map.prototype[Symbol.iterator] = function* () { yield ['pwned', 1]; };
Map.prototype.entries = Map.prototype[Symbol.iterator];
Set.prototype.values = function* () { yield 'pwned'; };
Set.prototype[Symbol.iterator] = Set.prototype.values;
Object.getPrototypeOf(new Map().entries()).next = () => ({ done: true });
Object.getPrototypeOf(new Set().values()).next = () => ({ done: true });
({ replaced, emptied, set })
