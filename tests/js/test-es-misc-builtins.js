// expect: {"success": true, "output": {"hasOwn": true, "fromEntries": {"a": 1}, "replaceAll": "a-b-c", "numSep": 1000000, "cause": "root", "aggregate": 2, "indices": [1, 2], "matchAll": ["1", "2"], "wellFormed": [true, false], "withResolvers": "ok", "weakRef": true}}
// options: {}
// Assorted ES2021-ES2024 built-ins present in QuickJS 2025-04-26.
const { promise, resolve } = Promise.withResolvers();
resolve('ok');
const target = {};
({
  hasOwn: Object.hasOwn({ q: 1 }, 'q'),
  fromEntries: Object.fromEntries([['a', 1]]),
  replaceAll: 'a.b.c'.replaceAll('.', '-'),
  numSep: 1_000_000,
  cause: new Error('x', { cause: 'root' }).cause,
  aggregate: new AggregateError([new Error('a'), new Error('b')], 'agg').errors.length,
  indices: /b/d.exec('abc').indices[0],
  matchAll: [...'a1b2'.matchAll(/\d/g)].map((m) => m[0]),
  wellFormed: ['ok'.isWellFormed(), '\uD800'.isWellFormed()],
  withResolvers: await promise,
  weakRef: new WeakRef(target).deref() === target,
})
