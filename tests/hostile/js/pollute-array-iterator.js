// expect: {"success": true, "output": {"arr": [1, 2, 3], "typed": [4, 5]}, "logs": ["[ 1, 2, 3 ] Uint8Array(2) [ 4, 5 ]"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Array.prototype[Symbol.iterator] (and the typed array one) and the array iterator's next() does not change console output or the result.
const arr = [1, 2, 3];
const typed = new Uint8Array([4, 5]);
Array.prototype[Symbol.iterator] = function* () { yield 'pwned'; };
Object.getPrototypeOf(Uint8Array.prototype)[Symbol.iterator] = function* () { yield 'pwned'; };
Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true });
console.log(arr, typed);
({ arr, typed })
