// expect: {"success": true, "output": {"map": {"a": 1, "b": {"c": [1, 2]}, "3": "three"}, "set": [1, "two", {"x": 3}], "empty": {"m": {}, "s": []}}}
// options: {}
// A Map becomes an object (keys as strings), a Set becomes an array, nested values converted too.
({
  map: new Map([['a', 1], ['b', { c: [1, 2] }], [3, 'three']]),
  set: new Set([1, 'two', { x: 3 }]),
  empty: { m: new Map(), s: new Set() },
})
