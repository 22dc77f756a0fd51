// expect: {"success": true, "output": {"a": 1, "nested": {"b": [1, 2]}}, "logs": ["{ a: 1, nested: { b: [ 1, 2 ] } }"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Object.keys/entries/getOwnPropertyNames/defineProperty, Reflect.ownKeys and Object.prototype.toString/hasOwnProperty does not change the result or console output.
const value = { a: 1, nested: { b: [1, 2] } };
Object.keys = () => ['pwned'];
Object.entries = () => [['pwned', 1]];
Object.getOwnPropertyNames = () => ['pwned'];
Object.defineProperty = () => { throw new Error('pwned'); };
Reflect.ownKeys = () => ['pwned'];
Object.prototype.toString = () => 'pwned';
Object.prototype.hasOwnProperty = () => false;
console.log(value);
value
