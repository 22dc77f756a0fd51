// expect: {"success": true, "output": "1970-01-01T00:00:00.000Z", "logs": ["1970-01-01T00:00:00.000Z Uint8Array(2) [ 7, 0 ] Float32Array(1) [ 0 ]"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Date and the typed arrays are made on first use, here by the artifact, which then replaces what the inspector and the result conversion rely on (toISOString, getTime, the typed-array length getter) and the globals themselves, before anything is logged: llmos kept the originals when they were made, so the first console.log and the result still print the right thing.
const lie = () => { throw new Error('pwned'); };
const d = new Date(0);
const u = new Uint8Array(2);
u[0] = 7;
const f = new Float32Array(1);
Date.prototype.toISOString = lie;
Date.prototype.getTime = lie;
Date.prototype.toString = lie;
Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), 'length', { get: lie, configurable: true });
globalThis.Date = { prototype: {} };
globalThis.Uint8Array = function Uint8Array() {};
delete globalThis.Float32Array;
console.log(d, u, f);
d
