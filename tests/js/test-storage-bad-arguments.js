// expect: {"success": true, "output": ["TypeError: LLMOS.storage.get: key must be a string, got number", "TypeError: LLMOS.storage.set: key must be a string, got undefined", "TypeError: LLMOS.storage.remove: key must be a string, got object", "RangeError: LLMOS.storage.get: key must not be empty", "TypeError: LLMOS.storage.set: the value cannot be stored as JSON (a function has no JSON form)", "TypeError: LLMOS.storage.set: the value cannot be stored as JSON (a symbol has no JSON form)", {"$regex": "^TypeError: LLMOS.storage.set: the value cannot be stored as JSON: .*BigInt"}, {"$regex": "^TypeError: LLMOS.storage.set: the value cannot be stored as JSON: .*circular"}, "Error: toJSON says no"]}
// options: {"dataDir": true}
// Bad keys and values that JSON cannot hold reject with a TypeError/RangeError naming the call; an error thrown by the value's own toJSON comes through as it is.
const cyclic = { a: 1 };
cyclic.self = cyclic;
const calls = [
  () => LLMOS.storage.get(1),
  () => LLMOS.storage.set(),
  () => LLMOS.storage.remove({}),
  () => LLMOS.storage.get(''),
  () => LLMOS.storage.set('k', function f() {}),
  () => LLMOS.storage.set('k', Symbol('s')),
  () => LLMOS.storage.set('k', { n: 10n }),
  () => LLMOS.storage.set('k', cyclic),
  () => LLMOS.storage.set('k', { toJSON() { throw new Error('toJSON says no'); } }),
];
const out = [];
for (const call of calls) {
  try { await call(); out.push('no error'); } catch (e) { out.push(String(e)); }
}
out;
