// expect: {"success": true, "output": {"names": ["range", "chunk", "round", "sum", "mean"], "lengths": [3, 2, 2, 1, 1], "enumerable": [], "detached": [0, 1], "sum": 0.6, "replaced": "mine"}}
// options: {}
// The stdlib helpers keep the names, lengths and property attributes they had as JavaScript functions, work when called detached from LLMOS.utils, and can be replaced by the artifact like any other part of its API.
const u = LLMOS.utils;
const names = ['range', 'chunk', 'round', 'sum', 'mean'];
const detachedRange = u.range;
const out = {
  names: names.map((n) => u[n].name),
  lengths: names.map((n) => u[n].length),
  enumerable: Object.keys(u).filter((k) => names.includes(k)),
  detached: detachedRange(2),
  sum: u.sum.call(null, [0.1, 0.2, 0.3]),
};
u.mean = () => 'mine';
out.replaced = u.mean([1]);
out
