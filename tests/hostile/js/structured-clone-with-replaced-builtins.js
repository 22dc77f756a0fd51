// expect: {"success": true, "output": {"map": [true, 1], "set": [true, true], "re": "x", "deep": "RangeError"}}
// options: {}
// structuredClone makes its copies with the built-ins the context started with: replacing Map,
// Set.prototype.add, RegExp or Map.prototype.forEach changes nothing, and a structure nested
// deeper than the C stack could follow is a RangeError, not a crash.
const map = new Map([['a', 1]]);
const set = new Set(['s']);
const re = /x/;
globalThis.Map = function () { throw new Error('replaced Map'); };
Set.prototype.add = function () { throw new Error('replaced add'); };
Map.prototype.forEach = function () { throw new Error('replaced forEach'); };
Object.getPrototypeOf(map).forEach = function () { throw new Error('replaced forEach'); };
globalThis.RegExp = function () { throw new Error('replaced RegExp'); };
let deep = [];
for (let i = 0; i < 100000; i++) deep = [deep];
let deepError;
try { structuredClone(deep); } catch (e) { deepError = e.name; }
const m = structuredClone(map);
const s = structuredClone(set);
({
  map: [Object.getPrototypeOf(m) === Object.getPrototypeOf(map), m.get('a')],
  set: [Object.getPrototypeOf(s) === Object.getPrototypeOf(set), s.has('s')],
  re: structuredClone(re).source,
  deep: deepError,
});
