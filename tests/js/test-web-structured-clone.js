// expect: {"success": true, "output": {"distinct":true,"same":true,"cycle":true,"shared":true,"map":[true,true,2],"set":[true,true,2],"date":[true,86400000],"re":[true,"ab+c","gi",true],"buf":[true,[1,2,3],true],"big":"10","err":[true,"RangeError","bad"],"boxed":["object",5],"undef":true,"neg":true,"klass":{"x":1},"errs":["DataCloneError: structuredClone: a function could not be cloned","DataCloneError: structuredClone: a symbol could not be cloned","DataCloneError: structuredClone: a Promise could not be cloned","DataCloneError: structuredClone: a weak collection could not be cloned","DataCloneError: structuredClone: a function could not be cloned"]}}
// options: {}
// structuredClone copies as browsers and Node do: nested objects and arrays, Map, Set, Date,
// RegExp, typed arrays (with a buffer of their own), BigInt, errors, boxed primitives, -0 and
// undefined; shared and circular references stay shared and circular; a class instance becomes
// a plain object of its own fields; functions, symbols, promises and weak collections are
// a DataCloneError.
const shared = { s: 1 };
const src = { n: 1, str: 'x', nested: { a: [1, 2, { b: 3 }] }, date: new Date(86400000), re: /ab+c/gi,
  map: new Map([['k', shared], [{ o: 1 }, 2]]), set: new Set([1, shared]), buf: new Uint8Array([1, 2, 3]),
  big: 10n, err: new RangeError('bad'), one: shared, two: shared, boxed: new Number(5), undef: undefined, neg: -0 };
src.self = src;
const c = structuredClone(src);
class P { constructor() { this.x = 1; } get y() { return 2; } }
const errs = [];
for (const v of [() => 1, Symbol('s'), Promise.resolve(), new WeakMap(), { f() {} }]) {
  try { structuredClone(v); errs.push('cloned'); } catch (e) { errs.push(e.name + ': ' + e.message); }
}
({
  distinct: c !== src && c.nested !== src.nested && c.nested.a[2] !== src.nested.a[2],
  same: JSON.stringify({ ...c, self: 0, map: 0, set: 0, buf: 0, err: 0, re: 0, big: 0 }) === JSON.stringify({ ...src, self: 0, map: 0, set: 0, buf: 0, err: 0, re: 0, big: 0 }),
  cycle: c.self === c, shared: c.one === c.two && c.one !== shared,
  map: [c.map instanceof Map, c.map.get('k') === c.one, c.map.size],
  set: [c.set instanceof Set, c.set.has(c.one), c.set.size],
  date: [c.date instanceof Date, c.date.getTime()],
  re: [c.re instanceof RegExp, c.re.source, c.re.flags, c.re !== src.re],
  buf: [c.buf instanceof Uint8Array, Array.from(c.buf), c.buf.buffer !== src.buf.buffer],
  big: c.big, err: [c.err instanceof Error, c.err.name, c.err.message], boxed: [typeof c.boxed, c.boxed + 0],
  undef: 'undef' in c, neg: Object.is(c.neg, -0),
  klass: structuredClone(new P()),
  errs,
})
