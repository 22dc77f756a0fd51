// expect: {"success": true, "output": 3, "logs": ["Map(1) { 1 => 2 } Set(1) { 3 } Uint8Array(2) [ 0, 0 ] [ 'a', 'b' ] { k: [ 1 ] }"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Before anything is logged, the accessors and methods the inspector relies on are replaced or deleted (size getters, the typed-array length getter, Map/Set iteration, Object.keys, Reflect.ownKeys, JSON.stringify): the context kept its own copies of them, so the first console.log still prints the right thing.
const lie = () => { throw new Error('pwned'); };
Object.defineProperty(Map.prototype, 'size', { get: lie, configurable: true });
Object.defineProperty(Set.prototype, 'size', { get: lie, configurable: true });
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
Object.defineProperty(TypedArrayPrototype, 'length', { get: lie, configurable: true });
delete Map.prototype.entries;
delete Set.prototype.values;
Map.prototype.forEach = lie;
Object.keys = lie;
Reflect.ownKeys = lie;
JSON.stringify = lie;
Math.max = lie;
String.prototype.slice = lie;
console.log(new Map([[1, 2]]), new Set([3]), new Uint8Array(2), ['a', 'b'], { k: [1] });
3
