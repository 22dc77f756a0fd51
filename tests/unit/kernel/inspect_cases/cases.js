// Cases for compare.sh: each is run through Node 20's util.format and through
// src/kernel/log/inspect.js under QuickJS, and the outputs must be identical.
//
// Fields:
//   id       unique name
//   args     JS source of an expression that evaluates to the argument list
//            passed to format(...); evaluated in strict mode in both engines
//   expect   fixed expected output (instead of Node's): used where Node throws
//            and we must not, or for the documented no-hooks fallbacks
//   nohooks  run with a factory created without host hooks
//   hostile  JS run in QuickJS after the factory is created and the arguments
//            are built, sabotaging built-ins; output must still match Node
//   frames   normalise "    at ..." stack-frame lines on both sides
//   known    reason for an accepted difference (reported, does not fail)
//   call     'inspect' to call inspect(...args) instead of format(...args)
//
// Helpers available to `args` in both engines:
//   __settle(promise, state, value)  Node: identity. QuickJS: tells the mock
//                                    promiseState hook the state (0/1/2)
//   __proxy(target, handler)         new Proxy, registered with the mock
//                                    proxyDetails hook under QuickJS
//   __revocable(target, handler)     an already revoked proxy
'use strict';

const CASES = [];
function c(id, args, extra) {
  CASES.push(Object.assign({ id, args }, extra || {}));
}

// ------------------------------------------------------------ the contract
c('contract-2plus2', `['2 + 2 =', 4]`);
c('contract-object', `[{ a: 1, b: 'x' }]`);
c('contract-array', `[[1, 2, 3]]`);

// ------------------------------------------------------------- primitives
c('prim-string-alone', `['hello']`);
c('prim-strings-joined', `['a', 'b', 'c']`);
c('prim-number-first', `[42]`);
c('prim-numbers', `[1, -1, 0.5, 1e21, 1e-7, 0.1 + 0.2, 123456789012345680000]`);
c('prim-neg-zero', `[-0, [-0], { z: -0 }]`);
c('prim-nan-inf', `[NaN, Infinity, -Infinity]`);
c('prim-bigint', `[1n, -12345678901234567890n, [2n]]`);
c('prim-bool-null-undef', `[true, false, null, undefined]`);
c('prim-undefined-first', `[undefined, 'x']`);
c('prim-symbols', `[Symbol('a'), Symbol(), Symbol.iterator, Symbol.for('reg')]`);
c('prim-symbol-desc-escape', `[[Symbol('a\\nb'), Symbol("it's")]]`);
c('prim-string-in-array', `[['abc', '']]`);
c('prim-quote-single', `[["it's"]]`);
c('prim-quote-both', `[["it's \\"quoted\\""]]`);
c('prim-quote-all', `[["it's \\"q\\" \`b\`"]]`);
c('prim-quote-dollar-brace', `[["it's \\"q\\" \${x}"]]`);
c('prim-escapes', `[['a\\nb\\tc\\r\\x00\\x1b\\x7f\\x85\\\\ \\b\\f\\v']]`);
c('prim-lone-surrogates', `[['\\ud800x', 'y\\udc00', '\\ud83d\\ude00', '\\udc00\\ud800']]`);
c('prim-unicode', `[['héllo', '日本語', '😀']]`);
c('prim-long-string-top', `['x'.repeat(20000)]`);
c('prim-long-string-nested', `[['x'.repeat(10005)]]`);
c('prim-long-string-one-more', `[['y'.repeat(10001)]]`);
c('prim-multiline-string-nested', `[{ text: 'line one is here\\nline two is here too\\nline three is the longest of them all\\n' }]`);
c('prim-long-single-line-in-object', `[{ key: 'a'.repeat(90) }]`);
c('prim-long-string-escape-100', `[['\\n'.repeat(150) + "'"]]`);

// -------------------------------------------------------- format directives
c('fmt-s-string', `['%s!', 'hi']`);
c('fmt-s-number', `['%s', 42]`);
c('fmt-s-neg-zero', `['%s', -0]`);
c('fmt-s-bigint', `['%s', 5n]`);
c('fmt-s-symbol', `['%s', Symbol('q')]`);
c('fmt-s-null-undef', `['%s %s', null, undefined]`);
c('fmt-s-object', `['%s', { a: { b: { c: 1 } } }]`);
c('fmt-s-array', `['%s', [1, [2, [3]]]]`);
c('fmt-s-own-tostring', `['%s', { toString() { return 'custom!'; } }]`);
c('fmt-s-class-tostring', `['%s', new (class P { toString() { return 'P!'; } })()]`);
c('fmt-s-class-no-tostring', `['%s', new (class Q { constructor() { this.x = 1; } })()]`);
c('fmt-s-error', `['%s', (() => { const e = new Error('bad'); e.stack = 'Error: bad\\n    at x (y.js:1:1)'; return e; })()]`);
c('fmt-s-date', `['%s', new Date(0)]`);
c('fmt-s-null-proto', `['%s', Object.assign(Object.create(null), { a: 1 })]`);
c('fmt-s-function', `['%s', function foo() { return 1; }]`);
c('fmt-d', `['%d %d %d %d', 42, '42', 1.5, -0]`);
c('fmt-d-odd', `['%d %d %d %d', '0x10', {}, [], null]`);
c('fmt-d-bigint-symbol', `['%d %d', 10n, Symbol('s')]`);
c('fmt-i', `['%i %i %i %i', 42.9, '42.9abc', '1e3', -3.7]`);
c('fmt-i-bigint-symbol', `['%i %i', 7n, Symbol()]`);
c('fmt-f', `['%f %f %f', '3.14abc', 2, 'x']`);
c('fmt-f-symbol', `['%f', Symbol()]`);
c('fmt-j', `['%j', { a: [1, 'b'], c: null }]`);
c('fmt-j-circular', `['%j', (() => { const o = {}; o.o = o; return o; })()]`);
c('fmt-j-undefined', `['%j %j', undefined, 'str']`);
c('fmt-j-tojson', `['%j', { toJSON() { return 'J'; } }]`);
c('fmt-j-escapes', `['%j', ['quote " back \\\\ nl \\n tab \\t ctl \\x01 \\x1f del \\x7f', '\\ud800', 'ok \\ud83d\\ude00', '\\udc00x']]`);
c('fmt-j-values', `['%j', [undefined, () => 1, Symbol('s'), NaN, -0, Infinity, 1e21, null, true, new Number(3), new String('s'), new Boolean(false), new Date(0), { u: undefined, f() {}, [Symbol('k')]: 1, n: null }]]`);
c('fmt-j-tojson-key', `['%j', { a: { toJSON(k) { return 'key=' + k; } }, b: [{ toJSON(k) { return k; } }] }]`);
c('fmt-j-getter', `['%j', { get g() { return [1]; } }]`);
c('fmt-j-nested-circular', `['%j and %s', (() => { const o = { a: [1] }; o.a.push({ back: o }); return o; })(), 'tail']`);
c('fmt-j-shared-not-circular', `['%j', (() => { const s = { v: 1 }; return [s, s, { s }]; })()]`);
c('fmt-j-toJSON-native-circular', `['%j', { toJSON() { const a = {}; a.a = a; return JSON.stringify(a); } }]`);
c('fmt-j-boxed-bigint-in-array', `['%j', [Object(1n)]]`, { expect: '[Inspection threw TypeError: Do not know how to serialize a BigInt]' });
c('fmt-j-array-holes', `['%j', [1, , 3]]`);
c('fmt-j-top-level-primitives', `['%j %j %j %j', 'str', 42, null, true]`);
c('fmt-j-function-top', `['%j|', function f() {}]`);
c('fmt-j-unicode-keys', `['%j', { 'é"\\n': 1, '日本': [2] }]`);
c('fmt-o-array', `['%o', [1, 2]]`);
c('fmt-o-object', `['%o', { a: 1, nested: { deep: { deeper: { deepest: { x: 1 } } } } }]`);
c('fmt-o-function', `['%o', function foo(a, b) {}]`);
c('fmt-O', `['%O', { a: { b: { c: { d: 1 } } } }]`);
c('fmt-c', `['%cstyled%c text', 'color: red', 'font-weight: bold']`);
c('fmt-percent', `['100%% sure', 1]`);
c('fmt-percent-alone', `['100%% sure']`);
c('fmt-trailing-percent', `['50%', 1]`);
c('fmt-unknown-directive', `['%x %s', 'a']`);
c('fmt-missing-args', `['%s and %s and %d', 'one']`);
c('fmt-extra-args', `['%s', 'a', 'b', { c: 1 }, [2]]`);
c('fmt-no-directive-extra', `['plain', 42, 'str', { o: 1 }]`);
c('fmt-first-not-string', `[{ a: 1 }, '%s', 'x']`);
c('fmt-first-number-string-later', `[5, 'five']`);
c('fmt-percent-at-end-with-arg', `['%', 1]`);
c('fmt-double-percent-s', `['%%s', 'x']`);
c('fmt-adjacent', `['%s%s%d', 'a', 'b', 3]`);
c('fmt-empty-first', `['', 1, 'x']`);
c('fmt-no-args', `[]`);

// ------------------------------------------------------------------ objects
c('obj-empty', `[{}]`);
c('obj-nested-depth', `[{ a: { b: { c: { d: { e: 1 } } } } }]`);
c('obj-depth-array', `[{ a: { b: { c: [1, 2] } } }]`);
c('obj-quoted-keys', `[{ 'a-b': 1, 'with space': 2, '1a': 3, _ok: 4, $dollar: 5, 'é': 6, '': 7 }]`);
c('obj-numeric-keys', `[{ 2: 'b', 1: 'a', x: 'x', 10: 'c' }]`);
c('obj-proto-key', `[JSON.parse('{"__proto__": 1, "a": 2}')]`);
c('obj-symbol-keys', `[{ [Symbol('s')]: 1, [Symbol()]: 2, regular: 3, [Symbol.iterator]: 4 }]`);
c('obj-getters', `[{ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }]`);
c('obj-non-enumerable', `[Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false })]`);
c('obj-null-proto', `[Object.create(null)]`);
c('obj-null-proto-props', `[Object.assign(Object.create(null), { a: 1, b: [1] })]`);
c('obj-class-instance', `[new (class Foo { constructor() { this.x = 1; this.y = 'two'; } })()]`);
c('obj-class-empty', `[new (class Bar {})()]`);
c('obj-class-tostringtag', `[new (class Baz { get [Symbol.toStringTag]() { return 'Tagged'; } })()]`);
c('obj-plain-tostringtag', `[{ [Symbol.toStringTag]: 'Own' }]`);
c('obj-tag-nonenum', `[Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden', enumerable: false })]`);
c('obj-null-proto-tag', `[Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NP' })]`);
c('obj-constructor-prop', `[{ constructor: 'not a function', a: 1 }]`);
c('obj-proto-without-ctor', `[Object.create(Object.create(null))]`);
c('obj-proto-chain-class', `[Object.create(new (class Animal {})())]`);
c('obj-inherited-props-hidden', `[Object.create({ inherited: 1 })]`);
c('obj-undefined-values', `[{ u: undefined, n: null }]`);
c('obj-line-break', `[{ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbb', gamma: 'ccccccccccccc', delta: 'dddddddddddd', epsilon: 1 }]`);
c('obj-just-fits', `[{ k1: 'xxxxxxxxxx', k2: 'xxxxxxxxxx', k3: 'xxxxxxxxxx', k4: 'xxxxxxxxxxx' }]`);
c('obj-many-keys', `[Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i]))]`);
c('obj-nested-break', `[{ user: { name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'dev'] }, meta: { created: 1, updated: 2 } }]`);
c('obj-compact3', `[{ a: { b: { c: {} } }, d: 1 }]`);
c('obj-compact-inner-four', `[{ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } }]`);
c('obj-array-of-objects', `[[{ id: 1, name: 'one' }, { id: 2, name: 'two' }, { id: 3, name: 'three' }]]`);
c('obj-array-of-objects-long', `[[{ id: 1, name: 'one', tags: ['a', 'b'] }, { id: 2, name: 'two', tags: [] }, { id: 3, name: 'three', tags: ['c'] }]]`);
c('obj-deep-100000', `[(() => { let o = {}; for (let i = 0; i < 100000; i++) o = { a: o }; return o; })()]`);
c('obj-deep-array-100000', `[(() => { let o = []; for (let i = 0; i < 100000; i++) o = [o]; return o; })()]`);
c('obj-long-proto-chain', `[(() => { let o = {}; for (let i = 0; i < 1000; i++) o = Object.create(o); o.own = 1; return o; })()]`);
c('obj-arguments', `[(function () { return arguments; })(1, 'two')]`);
c('obj-math-json', `[Math, JSON]`);
c('obj-globals-builtin-protos', `[Object.prototype, Array.prototype]`);
c('obj-key-long', `[{ ['k'.repeat(100)]: 1 }]`);
c('obj-getter-on-class', `[new (class G { constructor() { this.a = 1; } get b() { return 2; } })()]`);
c('obj-key-escapes', `[{ 'a\\nb': 1, "it's": 2, 'back\\\\slash': 3 }]`);

// ------------------------------------------------------------------- arrays
c('arr-empty', `[[]]`);
c('arr-nested', `[[1, [2, [3, [4, [5]]]]]]`);
c('arr-sparse-middle', `[[1, , 3]]`);
c('arr-sparse-many', `[[1, , , , 5, , ]]`);
c('arr-new-array', `[new Array(5)]`);
c('arr-sparse-huge', `[(() => { const a = []; a[1e9] = 1; a[2] = 'x'; return a; })()]`);
c('arr-extra-props', `[Object.assign([1, 2], { extra: true, '-1': 'neg' })]`);
c('arr-symbol-prop', `[(() => { const a = [1]; a[Symbol('s')] = 2; return a; })()]`);
c('arr-over-100', `[Array.from({ length: 150 }, (_, i) => i)]`);
c('arr-101', `[Array.from({ length: 101 }, () => 0)]`);
c('arr-grouping-7', `[[1, 2, 3, 4, 5, 6, 7]]`);
c('arr-grouping-26-numbers', `[Array.from({ length: 26 }, (_, i) => i * 37 % 1000)]`);
c('arr-grouping-strings', `[['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon']]`);
c('arr-grouping-mixed', `[[1, 'two', 3, 'four', 5, 'six', 7, null, undefined, true]]`);
c('arr-grouping-negative', `[[-1, 22, -333, 4444, -55555, 6, -7, 88, -999]]`);
c('arr-grouping-bigint', `[[1n, 22n, 333n, 4444n, 5n, 66n, 777n]]`);
c('arr-no-grouping-long', `[['a'.repeat(30), 'b', 'c', 'd', 'e', 'f', 'g']]`);
c('arr-6-items', `[['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc', 'dddddddddddd', 'eeeeeeeeeeee', 'ffffffffffff']]`);
c('arr-of-arrays', `[[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]]`);
c('arr-matrix-10', `[Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j))]`);
c('arr-1000-strings', `[Array.from({ length: 1000 }, (_, i) => 'item' + i)]`);
c('arr-subclass', `[(() => { class MyArr extends Array {} return MyArr.from([1, 2]); })()]`);
c('arr-null-proto', `[Object.setPrototypeOf([1, 2], null)]`);
c('arr-tagged', `[Object.defineProperty([1], Symbol.toStringTag, { value: 'T' })]`);
c('arr-holes-end', `[(() => { const a = [1, 2]; a.length = 5; return a; })()]`);
c('arr-in-depth', `[[[[[1]]]], { a: [[[[2]]]] }]`);
c('arr-1e6', `[new Array(1e6).fill(7)]`);
c('arr-sparse-over-100', `[(() => { const a = []; for (let i = 0; i < 300; i += 2) a[i] = i; return a; })()]`);
c('arr-grouping-nested-indent', `[{ list: Array.from({ length: 30 }, (_, i) => i * 3) }]`);
c('arr-grouping-unicode', `[['日本', '中文字', 'a', 'bb', 'ccc', '한국어', 'e']]`);
c('arr-grouping-emoji', `[['😀', 'ab', '😀😀', 'c', 'dd', 'e', 'f', 'g']]`);
c('arr-undefined-items', `[[undefined, null, undefined]]`);

// ---------------------------------------------------------------- Map / Set
c('map-basic', `[new Map([['a', 1], ['b', { c: 2 }]])]`);
c('map-empty', `[new Map(), new Set()]`);
c('map-object-keys', `[new Map([[{ k: 1 }, [1]], [null, undefined]])]`);
c('set-basic', `[new Set([1, 'two', { three: 3 }])]`);
c('set-nested', `[new Set([new Set([1]), new Map([[1, new Set([2])]])])]`);
c('set-over-100', `[new Set(Array.from({ length: 120 }, (_, i) => i))]`);
c('map-over-100', `[new Map(Array.from({ length: 101 }, (_, i) => [i, i]))]`);
c('map-subclass', `[new (class MyMap extends Map {})([[1, 2]])]`);
c('set-null-proto', `[Object.setPrototypeOf(new Set([1, 2]), null)]`);
c('map-null-proto', `[Object.setPrototypeOf(new Map([[1, 2]]), null)]`);
c('map-extra-prop', `[Object.assign(new Map([[1, 2]]), { extra: 'yes' })]`);
c('map-long', `[new Map([['first key is long', 'first value is long too'], ['second key', 'second value is also long']])]`);
c('weakmap-weakset', `[new WeakMap(), new WeakSet()]`);
c('map-iterator', `[new Map([['a', 1]]).entries()]`, { known: 'iterator contents cannot be previewed without consuming them' });
c('set-iterator', `[new Set([1]).values()]`, { known: 'iterator contents cannot be previewed without consuming them' });
c('map-keys-iterator-nohooks', `[new Map([['a', 1]]).keys()]`, { expect: '[Map Iterator] { <items unknown> }' });
c('array-iterator', `[[1, 2].values(), 'abc'[Symbol.iterator]()]`);
c('generator-object', `[(function* gen() { yield 1; })()]`);

// --------------------------------------------------- functions and classes
c('fn-named', `[function foo() {}]`);
c('fn-anonymous', `[function () {}, () => {}]`);
c('fn-inferred-name', `[(() => { const inferred = () => 1; return inferred; })()]`);
c('fn-async', `[async function af() {}, async () => {}]`);
c('fn-generator', `[function* gen() {}, async function* agen() {}]`);
c('fn-class', `[class A {}, class {}]`);
c('fn-class-extends', `[(() => { class Base {} class Derived extends Base {} return Derived; })()]`);
c('fn-class-extends-expression', `[class extends Array {}]`);
c('fn-class-static', `[class S { static x = 1; static y = 'z'; }]`);
c('fn-bound', `[(function orig() {}).bind(null)]`);
c('fn-with-props', `[Object.assign(function withProps() {}, { a: 1, b: 'two' })]`);
c('fn-methods', `[{ method() {}, arrow: () => {}, async am() {}, *gm() {}, ['comp' + 'uted']() {} }]`);
c('fn-native', `[Math.max, Array.prototype.push, Object]`);
c('fn-null-proto', `[Object.setPrototypeOf(function np() {}, null)]`);
c('fn-symbol-name', `[{ [Symbol('sym')]() {} }[Object.getOwnPropertySymbols({ [Symbol('sym')]() {} })[0]] ]`);
c('fn-in-array', `[[function a() {}, class B {}, Symbol('c')]]`);
c('fn-class-comment', `[class /* c */ Commented {}]`);
c('fn-toString-tag', `[Object.defineProperty(function tagged() {}, Symbol.toStringTag, { value: 'FT' })]`);

// ------------------------------------------------------------------- errors
c('err-fixed-stack', `[(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:2)\\n    at bar (file.js:3:4)'; return e; })()]`);
c('err-no-stack', `[(() => { const e = new Error('nostack'); e.stack = undefined; return e; })()]`);
c('err-empty-stack', `[(() => { const e = new RangeError('r'); e.stack = ''; return e; })()]`);
c('err-natural', `[new Error('natural')]`, { frames: true });
c('err-natural-type', `[new TypeError('bad type')]`, { frames: true });
c('err-natural-thrown', `[(() => { try { null.x; } catch (e) { return e; } })()]`,
  { frames: true, known: 'engine-specific message text (V8: "Cannot read properties of null", QuickJS: "cannot read property \'x\' of null")' });
c('err-natural-thrown-custom', `[(() => { try { throw new SyntaxError('custom syntax'); } catch (e) { return e; } })()]`, { frames: true });
c('err-extra-props', `[(() => { const e = new Error('with props'); e.stack = 'Error: with props\\n    at x (f.js:1:1)'; e.code = 'E_CODE'; e.errno = 42; return e; })()]`);
c('err-extra-props-natural', `[Object.assign(new Error('np'), { code: 'X' })]`, { frames: true });
c('err-in-object', `[{ err: (() => { const e = new Error('inner'); e.stack = 'Error: inner\\n    at a (b.js:1:1)'; return e; })() }]`);
c('err-in-array-natural', `[[new Error('in array')]]`, { frames: true });
c('err-cause', `[(() => { const c = new Error('cause'); c.stack = 'Error: cause\\n    at c (c.js:1:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\\n    at o (o.js:1:1)'; return e; })()]`);
c('err-cause-primitive', `[(() => { const e = new Error('outer', { cause: 'just a string' }); e.stack = 'Error: outer\\n    at o (o.js:1:1)'; return e; })()]`);
c('err-aggregate', `[(() => { const a = new Error('a'); a.stack = 'Error: a\\n    at a (a.js:1:1)'; const e = new AggregateError([a, 'b'], 'many'); e.stack = 'AggregateError: many\\n    at m (m.js:1:1)'; return e; })()]`);
c('err-subclass', `[(() => { class MyErr extends Error {} const e = new MyErr('m'); e.stack = 'Error: m\\n    at z (z.js:1:1)'; return e; })()]`);
c('err-subclass-named', `[(() => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } const e = new ValidationError('v'); e.stack = 'ValidationError: v\\n    at z (z.js:1:1)'; return e; })()]`);
c('err-name-changed', `[(() => { const e = new Error('x'); e.name = 'Custom'; e.stack = 'Error: x\\n    at z (z.js:1:1)'; return e; })()]`);
c('err-message-multiline', `[(() => { const e = new Error('line1\\nline2'); e.stack = 'Error: line1\\nline2\\n    at z (z.js:1:1)'; return e; })()]`);
c('err-null-proto', `[(() => { const e = new Error('np'); e.stack = 'Error: np\\n    at z (z.js:1:1)'; return Object.setPrototypeOf(e, null); })()]`);
c('err-stack-odd', `[(() => { const e = new Error('odd'); e.stack = 'Something else entirely'; return e; })()]`);
c('err-no-message', `[(() => { const e = new Error(); e.stack = 'Error\\n    at z (z.js:1:1)'; return e; })()]`);
c('err-bracketed-in-object', `[{ e: (() => { const e = new TypeError('t'); e.stack = undefined; return e; })() }]`);
c('err-fake-error-object', `[Object.create(Error.prototype)]`);
c('err-with-circular-prop', `[(() => { const e = new Error('circ'); e.stack = 'Error: circ\\n    at z (z.js:1:1)'; e.self = e; return e; })()]`);
c('err-format-after-string', `['failed:', (() => { const e = new Error('f'); e.stack = 'Error: f\\n    at z (z.js:1:1)'; return e; })()]`);

// ------------------------------------------------------------ dates, regexps
c('date-epoch', `[new Date(0)]`);
c('date-in-object', `[{ when: new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123)) }]`);
c('date-invalid', `[new Date(NaN)]`);
c('date-with-prop', `[Object.assign(new Date(0), { note: 'n' })]`);
c('date-subclass', `[new (class MyDate extends Date {})(0)]`);
c('regexp-basic', `[/ab+c/gi, /x/]`);
c('regexp-flags', `[/a/dgimsuy]`);
c('regexp-slash', `[new RegExp('/'), new RegExp('a\\nb')]`);
c('regexp-with-prop', `[Object.assign(/re/, { extra: 1 })]`);
c('regexp-subclass', `[new (class MyRe extends RegExp {})('x', 'g')]`);
c('regexp-prototype', `[RegExp.prototype]`);
c('regexp-null-proto', `[Object.setPrototypeOf(/np/gi, null), Object.assign(Object.setPrototypeOf(/np2/, null), { k: 1 })]`);

// --------------------------------------------------------- boxed primitives
c('boxed-all', `[new Number(3), new String('str'), new Boolean(false), Object(Symbol('bs')), Object(10n)]`);
c('boxed-neg-zero', `[new Number(-0)]`);
c('boxed-string-extra', `[Object.assign(new String('ab'), { extra: 1 })]`);
c('boxed-in-array', `[[new Number(1), new String('s')]]`);

// ------------------------------------------------ typed arrays and buffers
c('ta-uint8', `[new Uint8Array([1, 2, 3])]`);
c('ta-empty', `[new Uint8Array(0), new Float32Array()]`);
c('ta-float64', `[new Float64Array([-0, 0.5, NaN, Infinity])]`);
c('ta-float32', `[new Float32Array([0.1, 1.5])]`);
c('ta-bigint64', `[new BigInt64Array([1n, -2n]), new BigUint64Array([3n])]`);
c('ta-int-types', `[new Int8Array([-1]), new Int16Array([2]), new Int32Array([3]), new Uint16Array([4]), new Uint32Array([5]), new Uint8ClampedArray([300])]`);
c('ta-over-100', `[new Uint8Array(150)]`);
c('ta-grouping', `[new Int32Array([1, -20, 300, -4000, 50000, 6, 7, 8])]`);
c('ta-extra-prop', `[Object.assign(new Uint8Array(2), { tag: 'x' })]`);
c('ta-null-proto', `[Object.setPrototypeOf(new Uint8Array([9]), null)]`);
c('ta-huge', `[new Uint8Array(5e6)]`);
c('ta-large-extra-prop', `[Object.assign(new Uint8Array(20000), { extra: 1 })]`,
  { known: 'extra keys of typed arrays longer than 16384 are not scanned (cost)' });
c('arr-large-dense-extra-prop', `[Object.assign(new Array(20000).fill(0), { extra: 1 })]`,
  { known: 'extra keys of dense arrays longer than 16384 are not scanned (cost)' });
c('arr-large-sparse-extra-prop', `[Object.assign([], { 30000: 1, extra: 2 })]`);
c('ab-basic', `[new ArrayBuffer(4)]`);
c('ab-contents', `[new Uint8Array([0, 15, 16, 255]).buffer]`);
c('ab-over-100', `[new ArrayBuffer(120)]`);
c('ab-empty', `[new ArrayBuffer(0)]`);
c('dataview', `[new DataView(new ArrayBuffer(2), 1)]`);
c('ta-in-object', `[{ bytes: new Uint8Array([1, 2]) }]`);

// ----------------------------------------------------------------- promises
c('promise-resolved', `[__settle(Promise.resolve(42), 1, 42)]`);
c('promise-pending', `[new Promise(() => {})]`);
c('promise-rejected', `[(() => { const p = Promise.reject(3); p.catch(() => {}); return __settle(p, 2, 3); })()]`);
c('promise-resolved-object', `[__settle(Promise.resolve({ a: [1] }), 1, { a: [1] })]`);
c('promise-nested', `[{ p: __settle(Promise.resolve('s'), 1, 's') }]`);
c('promise-undefined', `[__settle(Promise.resolve(), 1, undefined)]`);
c('promise-nohooks', `[Promise.resolve(1)]`, { nohooks: true, expect: 'Promise { <unknown> }' });
c('promise-proto-nohooks', `[Object.create(Promise.prototype)]`, { nohooks: true, known: 'no promise brand check in QuickJS without the promiseState hook' });
c('promise-proto', `[Object.create(Promise.prototype)]`);

// ------------------------------------------------------------------ proxies
c('proxy-hooked', `[__proxy({ a: 1 }, { get() { throw new Error('trap'); } })]`);
c('proxy-hooked-o', `['%o', __proxy({ a: 1 }, {})]`);
c('proxy-hooked-array', `[__proxy([1, 2], { ownKeys() { throw new Error('trap'); } })]`);
c('proxy-hooked-fn', `[__proxy(function pf() {}, {})]`);
c('proxy-revoked', `[__revocable({}, {})]`);
c('proxy-benign-nohooks', `[new Proxy({ a: 1, b: [2] }, {})]`, { nohooks: true });
c('proxy-array-nohooks', `[new Proxy([1, 2, 3], {})]`, { nohooks: true });
c('proxy-throwing-ownkeys-nohooks', `[{ ok: 1, bad: new Proxy({}, { ownKeys() { throw new TypeError('no keys'); } }) }]`,
  { nohooks: true, expect: '{ ok: 1, bad: [Inspection threw TypeError: no keys] }' });
c('proxy-throwing-get-nohooks', `[new Proxy({}, { get() { throw new RangeError('no get'); } })]`,
  { nohooks: true, expect: '[Inspection threw RangeError: no get]' });
c('proxy-throwing-gopd-nohooks', `[new Proxy({ a: 1, b: 2 }, { getOwnPropertyDescriptor(t, k) { if (k === 'b') throw new Error('no b'); return Reflect.getOwnPropertyDescriptor(t, k); } })]`,
  { nohooks: true, expect: '[Inspection threw Error: no b]' });
c('proxy-throwing-proto-nohooks', `[[1, new Proxy({}, { getPrototypeOf() { throw 'str'; } })]]`,
  { nohooks: true, expect: '[ 1, [Inspection threw str] ]' });
c('proxy-revoked-nohooks', `[(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()]`,
  { nohooks: true, expect: '[Inspection threw TypeError: revoked proxy]' });

// ----------------------------------------------------------------- circular
c('circ-self', `[(() => { const o = { name: 'o' }; o.self = o; return o; })()]`);
c('circ-array', `[(() => { const a = [1]; a.push(a); return a; })()]`);
c('circ-two', `[(() => { const a = { n: 'a' }; const b = { n: 'b', a }; a.b = b; const c = { n: 'c' }; c.c = c; return { a, c }; })()]`);
c('circ-map', `[(() => { const m = new Map(); m.set('me', m); return m; })()]`);
c('circ-set', `[(() => { const s = new Set(); s.add(s); return s; })()]`);
c('circ-shared-not-circular', `[(() => { const shared = { s: 1 }; return { x: shared, y: shared }; })()]`);
c('circ-deep', `[(() => { const o = { l1: { l2: {} } }; o.l1.l2.back = o; return o; })()]`);

// ----------------------------------------------------------- custom inspect
c('custom-string', `[{ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }]`);
c('custom-object', `[{ [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } }]`);
c('custom-multiline', `[{ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'line1\\nline2'; } } }]`);
c('custom-uses-args', `[{ [Symbol.for('nodejs.util.inspect.custom')](depth, opts, insp) { return 'd=' + depth + ' ' + insp([1, 2]) + ' ' + typeof opts.stylize; } }]`);
c('custom-nested-depth', `[{ a: { b: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return 'depth ' + depth; } } } }]`);
c('custom-returns-this', `[(() => { const o = { x: 1 }; o[Symbol.for('nodejs.util.inspect.custom')] = function () { return this; }; return o; })()]`);
c('custom-throws', `[{ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('custom failed'); } }]`,
  { expect: '[Inspection threw Error: custom failed]' });

// ------------------------------------------------------- robustness (Node throws)
c('robust-tag-getter-throws', `[{ get [Symbol.toStringTag]() { throw new Error('tag boom'); } }]`,
  { expect: '[Inspection threw Error: tag boom]' });
c('robust-s-tostring-throws', `['%s', { toString() { throw new Error('ts boom'); } }]`,
  { expect: '[Inspection threw Error: ts boom]' });
c('robust-d-null-proto', `['%d', Object.create(null)]`,
  { expect: '[Inspection threw TypeError: toPrimitive]' });
c('robust-j-bigint', `['value: %j', { n: 1n }]`,
  { expect: 'value: [Inspection threw TypeError: Do not know how to serialize a BigInt]' });
c('robust-constructor-getter-throws', `[(() => { const proto = { get constructor() { throw new Error('ctor'); } }; return Object.create(proto); })()]`);
c('robust-name-getter', `[Object.defineProperty(function named() {}, 'name', { get() { return 'fromGetter'; } })]`);
c('robust-getter-not-invoked', `[{ get boom() { throw new Error('must not run'); } }]`);
c('robust-array-index-getter', `[Object.defineProperty([1, 2], 1, { get() { throw new Error('no'); } })]`);

// ---------------------------------------------------- showHidden via %o
c('o-class-instance', `['%o', new (class G { constructor() { this.a = 1; } get b() { return 2; } })()]`);
c('o-class-proto-data', `['%o', (() => { class P {} P.prototype.shared = 'x'; return new P(); })()]`);
c('o-error', `['%o', (() => { const e = new Error('oe'); e.stack = 'Error: oe\\n    at z (z.js:1:1)'; return e; })()]`,
  { known: 'own-property order of errors: QuickJS lists message before stack, V8 stack before message' });
c('o-map-set', `['%o %o', new Map([[1, { a: 1 }]]), new Set(['s'])]`);
c('o-date-regexp', `['%o %o', new Date(0), /r/g]`);
c('o-typed-array', `['%o', new Uint8Array([1, 2])]`);
c('o-arraybuffer', `['%o', new ArrayBuffer(2)]`);
c('o-weakmap', `['%o', new WeakMap()]`, { known: 'weak collection entries cannot be previewed from JS' });
c('o-nested-depth4', `['%o', { l1: { l2: { l3: { l4: { l5: { l6: 1 } } } } }, arr: [[1, [2, [3, [4, [5]]]]]] }]`);
c('o-symbol-hidden', `['%o', Object.defineProperty({ v: 1 }, Symbol('hid'), { value: 2, enumerable: false })]`);
c('o-null-proto', `['%o', Object.assign(Object.create(null), { z: 1 })]`);
c('o-boxed-string', `['%o', new String('ab')]`);
c('o-arrow', `['%o', (() => { const f = () => 1; return f; })()]`);
c('o-class', `['%o', class K { m() {} }]`);
c('o-async-fn', `['%o', async function af() {}]`);
c('o-generator-fn', `['%o', function* gf() {}]`);
c('o-fn-props', `['%o', Object.assign(function fp() {}, { p: 1 })]`);
c('o-array-extra', `['%o', Object.assign([1, , 3], { x: 'y' })]`);
c('o-getter', `['%o', { get g() { return 1; } }]`);
c('o-promise', `['%o', __settle(Promise.resolve(1), 1, 1)]`);
c('o-circular', `['%o', (() => { const o = { a: 1 }; o.o = o; return o; })()]`);
c('o-string', `['%o', 'str']`);
c('o-number', `['%o %o', 42, -0]`);
c('o-long-array', `['%o', Array.from({ length: 8 }, (_, i) => 'value' + i)]`);
c('o-math', `['%o', Math]`, { known: 'showHidden lists every own property of Math; QuickJS and V8 differ in order and set' });

// ------------------------------------------------------------- more format
c('fmt-s-multiline', `['%s', 'a\\nb']`);
c('fmt-s-depth0-array', `['%s', [1, [2, [3]]]]`);
c('fmt-s-map', `['%s', new Map([[1, { a: 1 }]])]`);
c('fmt-s-boxed-bigint', `['%s', Object(1n)]`);
c('fmt-s-invalid-date', `['%s', new Date(NaN)]`);
c('fmt-s-to-primitive', `['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]`);
c('fmt-s-inherited-to-primitive', `['%s', new (class TP { [Symbol.toPrimitive]() { return 'tp'; } })()]`);
c('fmt-s-null-proto-tostring', `['%s', Object.assign(Object.create(null), { toString() { return 'npts'; } })]`);
c('fmt-s-array-own-tostring', `['%s', Object.assign([1, 2], { toString() { return 'arr!'; } })]`);
c('fmt-d-empty-string', `['%d %i %f', '', '', '']`);
c('fmt-d-date', `['%d', new Date(5)]`);
c('fmt-d-boxed', `['%d %i', new Number(7.5), new Number(7.5)]`);
c('fmt-symbol-first', `[Symbol('first'), 'a']`);
c('fmt-percent-then-s', `['%%%s', 'x']`);
c('fmt-missing-colon', `['%s:%s', 'a']`);
c('fmt-object-arg-string', `['%s', 'str', { x: 1 }]`);
c('fmt-j-nested', `['%j', [{ a: undefined, b: () => 1, c: Symbol('x'), d: NaN, e: new Date(0) }]]`);
c('fmt-j-string-with-quotes', `['%j', 'he said "hi"']`);
c('fmt-O-depth', `['%O', [[[[[1]]]]]]`);
c('fmt-c-only', `['%c', 'css']`);
c('fmt-c-missing', `['%c%s']`);
c('fmt-only-percent-d-no-arg', `['%d']`);

// ------------------------------------------------------------- more values
c('num-doubles', `[(() => { const out = []; for (let i = 1; i < 80; i++) out.push((i / 7) * Number('1e' + (i % 40 - 20))); return out; })()]`);
c('num-extremes', `[[Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 2 ** 53 + 2, 0.000001, 1e-7, 123e-20, 1e100]]`);
c('date-extremes', `[[new Date(-1), new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1))]]`);
c('obj-own-constructor-fn', `[{ constructor: function X() {}, v: 1 }]`);
c('obj-create-class-proto', `[Object.create((class Foo {}).prototype)]`);
c('obj-proto-tag-data', `[(() => { class TD {} TD.prototype[Symbol.toStringTag] = 'DataTag'; return new TD(); })()]`);
c('obj-nonindex-array-keys', `[Object.assign([1], { '01': 'a', '4294967295': 'b', '4294967294': undefined })]`);
c('obj-error-in-map', `[new Map([['e', (() => { const e = new Error('in map'); e.stack = 'Error: in map\\n    at m (m.js:1:1)'; return e; })()]])]`);
c('obj-deep-errors-natural', `[{ a: { b: new RangeError('deep') } }]`, { frames: true });
c('obj-nested-arrays-grouping', `[[[Array.from({ length: 30 }, (_, i) => i)]]]`);
c('obj-17-char-strings', `[['abcdefghijklmnopq', 'abcdefghijklmnopq', 'abcdefghijklmnopq', 'abcdefghijklmnopq']]`);
c('obj-quotes-grouping', `[["a'b", 'c"d', 'e', 'f', 'g', 'h', "i'\\"j"]]`);
c('obj-long-string-in-array', `[['short', 'a long string that goes past the break length of eighty characters for sure yes']]`);
c('obj-long-multiline-in-array', `[['first line of text\\nsecond line of text that is long enough to exceed the limit']]`);
c('obj-set-of-objects-break', `[new Set([{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }])]`);
c('obj-map-nested-break', `[new Map([['config', { host: 'localhost', port: 8080, secure: false, retries: 3, timeoutMs: 5000 }]])]`);
c('obj-class-instance-nested-class', `[(() => { class Point { constructor(x, y) { this.x = x; this.y = y; } } class Line { constructor() { this.from = new Point(0, 0); this.to = new Point(3, 4); } } return new Line(); })()]`);
c('obj-class-null-proto-instance', `[(() => { class NP {} const o = new NP(); o.v = 1; return Object.setPrototypeOf(o, null); })()]`,
  { known: 'V8 remembers the creating class of a null-prototype object; QuickJS does not' });
c('obj-array-in-deep', `[{ a: { b: { c: [] } }, d: { e: { f: {} } } }]`);
c('obj-empty-nested-depth', `[{ a: { b: { c: { d: {} } } } }]`);
c('obj-map-depth', `[{ a: { b: { m: new Map([[1, 2]]), s: new Set([1]), e: new Map(), t: new Uint8Array(1) } } }]`);
c('obj-fn-depth', `[{ a: { b: { c: { f: function deepFn() {} } } } }]`);
c('obj-regexp-depth', `[{ a: { b: { c: Object.assign(/x/, { p: 1 }) } } }]`);
c('obj-error-depth', `[{ a: { b: { c: Object.assign(new Error('deep'), { stack: 'Error: deep\\n    at d (d.js:1:1)', code: 1 }) } } }]`);
c('obj-boxed-depth', `[{ a: { b: { c: Object.assign(new Number(1), { p: 1 }) } } }]`);
c('obj-date-depth', `[{ a: { b: { c: Object.assign(new Date(0), { p: 1 }) } } }]`);

// ------------------------------------------------------------ more edges
c('edge-map-string-keys', `[new Map([["it's", 'v'], ['a\\nb', 1], [-0, -0], [1n, [1n]]])]`);
c('edge-set-multiline', `[new Set([['aaaaaaaaaa', 'bbbbbbbbbb'], ['cccccccccc', 'dddddddddd'], ['eeeeeeeeee', 'ffffffffff']])]`);
c('edge-circular-map-key', `[(() => { const o = {}; const m = new Map([[o, 1]]); o.m = m; return o; })()]`);
c('edge-circular-order', `[(() => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; b.self = b; return [a, b]; })()]`);
c('edge-err-name-nonenum', `[(() => { const e = new Error('msg'); Object.defineProperty(e, 'name', { value: 'CustomError', enumerable: false }); e.stack = 'CustomError: msg\\n    at z (z.js:1:1)'; return e; })()]`);
c('edge-err-name-own-enum', `[(() => { const e = new Error('msg'); e.name = 'Weird'; e.stack = 'Weird: msg\\n    at z (z.js:1:1)'; return e; })()]`);
c('edge-err-message-enum', `[(() => { const e = new Error('old'); e.message = 'new message'; e.stack = 'Error: old\\n    at z (z.js:1:1)'; return e; })()]`);
c('edge-err-message-has-at', `[(() => { const e = new Error('a\\n    at fake'); e.stack = 'Error: a\\n    at fake\\n    at real (r.js:1:1)'; return e; })()]`);
c('edge-err-in-set', `[new Set([(() => { const e = new Error('s'); e.stack = 'Error: s\\n    at z (z.js:1:1)'; return e; })()])]`);
c('edge-err-nested-array', `[{ list: [[(() => { const e = new Error('n'); e.stack = 'Error: n\\n    at z (z.js:1:1)\\n    at y (y.js:2:2)'; return e; })()]] }]`);
c('edge-err-cause-nonenum', `[(() => { const c = new TypeError('c'); c.stack = 'TypeError: c\\n    at c (c.js:1:1)'; const e = new RangeError('e', { cause: c }); e.stack = 'RangeError: e\\n    at e (e.js:1:1)'; return { e }; })()]`);
c('edge-err-cause-shared-frames', `[(() => { const c = new Error('c'); c.stack = 'Error: c\\n    at a (f.js:1:1)\\n    at b (f.js:2:1)\\n    at c (f.js:3:1)\\n    at d (f.js:4:1)\\n    at e (f.js:5:1)'; const e = new Error('e', { cause: c }); e.stack = 'Error: e\\n    at x (f.js:9:1)\\n    at b (f.js:2:1)\\n    at c (f.js:3:1)\\n    at d (f.js:4:1)\\n    at e (f.js:5:1)'; return e; })()]`);
c('edge-fn-name-empty', `[Object.defineProperty(function named() {}, 'name', { value: '' })]`);
c('edge-fn-name-number', `[Object.defineProperty(function named() {}, 'name', { value: 42 })]`);
c('edge-class-name-static', `[class Real { static name = 'Fake'; }]`);
c('edge-reparented-map', `[(() => { class Foo {} return Reflect.construct(Map, [[[1, 2]]], Foo); })()]`,
  { known: 'brand checks only run when the built-in prototype is on the chain (cost of exceptions)' });
c('edge-create-array-proto', `[Object.create(Array.prototype)]`);
c('edge-create-map-proto', `[Object.create(Map.prototype), Object.create(Date.prototype), Object.create(RegExp.prototype)]`);
c('edge-builtin-protos', `[Map.prototype, Set.prototype, Date.prototype, Error.prototype, Promise.prototype, Function.prototype]`);
c('edge-tag-non-string', `[{ [Symbol.toStringTag]: 42, a: 1 }]`);
c('edge-tag-same-as-ctor', `[new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })()]`);
c('edge-custom-symbol-non-fn', `[{ [Symbol.for('nodejs.util.inspect.custom')]: 1 }]`);
c('edge-invalid-date-props', `[Object.assign(new Date(NaN), { a: 1 })]`);
c('edge-array-fill-undefined', `[new Array(3).fill()]`);
c('edge-sparse-200-start', `[(() => { const a = []; a[200] = 1; a[201] = 2; return a; })()]`);
c('edge-sparse-mixed-over-100', `[(() => { const a = []; for (let i = 0; i < 250; i++) if (i % 3) a[i] = i; return a; })()]`);
c('edge-array-over-100-extra', `[Object.assign(Array.from({ length: 120 }, (_, i) => i), { extra: 1 })]`);
c('edge-array-101-objects', `[Array.from({ length: 101 }, (_, i) => ({ i }))]`);
c('edge-grouping-big-numbers', `[[1e21, 2e-7, 123456789, -0, NaN, Infinity, 3.14159]]`);
c('edge-grouping-escapes', `[['a\\n', "b'", 'c\\\\', 'd\\t', 'e', 'f', 'g']]`);
c('edge-grouping-deep-indent', `[{ a: { b: { list: Array.from({ length: 20 }, (_, i) => i * 1000) } } }]`);
c('edge-unicode-line-width', `[{ key1: 'ünïcödé strîng', key2: '日本語のテキスト', key3: 'more text here', key4: 'x' }]`);
c('edge-s-nested-depth0', `['%s', { a: { b: 1 }, c: [1, [2]] }]`);
c('edge-s-set-class', `['%s %s %s', new Set([1, [2]]), new Map([[{ a: 1 }, 'x']]), new (class C1 { constructor() { this.v = { w: 1 }; } })()]`);
c('edge-s-array-strings', `['%s', ['a', 'b']]`);
c('edge-d-strings', `['%d %d %d %d', 'Infinity', '-0', '1e3', ' 42 ']`);
c('edge-i-strings', `['%i %i %i', 'Infinity', '0x1F', '-0']`);
c('edge-o-then-s', `['%o and %s', { a: [1] }, 'str']`);
c('edge-getter-setter-symbol', `[{ get [Symbol('g')]() { return 1; }, set [Symbol('s')](v) {} }]`);
c('edge-nonenum-symbol-o', `['%o', Object.defineProperty([], Symbol('x'), { value: 1, enumerable: false })]`);
c('edge-object-many-short', `[{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 }]`);
c('edge-nested-4-compact', `[{ a: { b: { c: { d: 1 } } }, e: [{ f: { g: 1 } }] }]`);
c('edge-array-of-maps', `[[new Map([[1, 2]]), new Map([[3, 4]]), new Set([5])]]`);
c('edge-typed-subclass', `[new (class MyU8 extends Uint8Array {})(2)]`);
c('edge-class-extends-null', `[class NullBase extends null {}]`);
c('edge-generator-methods', `[{ *g() {}, async *ag() {}, async a() {} }]`);
c('edge-bound-class', `[(class BC {}).bind(null)]`);
c('edge-symbol-keys-order', `[{ [Symbol('b')]: 1, z: 1, [Symbol('a')]: 2, 1: 'one', y: 2 }]`);
c('edge-number-keys-big', `[{ 4294967295: 'a', 4294967294: 'b', 9007199254740993: 'c', '-1': 'd', '1.5': 'e' }]`);
c('edge-proto-property-getter', `[Object.create(null, { x: { get() { return 1; }, enumerable: true }, y: { set(v) {}, enumerable: true } })]`);
c('edge-arguments-empty', `[(function () { return arguments; })()]`);
c('edge-long-array-strings-break', `[Array.from({ length: 8 }, (_, i) => 'string number ' + i + ' with some length')]`);

// ------------------------------------------------------- inspect() options
c('insp-depth-0', `[{ a: { b: 1 }, c: [1] }, { depth: 0 }]`, { call: 'inspect' });
c('insp-depth-null', `[{ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }]`, { call: 'inspect' });
c('insp-depth-infinity', `[{ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }]`, { call: 'inspect' });
c('insp-legacy-args', `[{ a: { b: { c: { d: 1 } } } }, false, 0]`, { call: 'inspect' });
c('insp-compact-false', `[{ a: 1, b: [1, 2], c: { d: 'x' } }, { compact: false }]`, { call: 'inspect' });
c('insp-compact-true', `[{ a: 1, b: [1, 2], c: { d: 'x'.repeat(90) } }, { compact: true }]`, { call: 'inspect' });
c('insp-compact-1', `[{ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5, 6, 7, 8] }, { compact: 1 }]`, { call: 'inspect' });
c('insp-break-length', `[{ alpha: 1, beta: 2, gamma: 3 }, { breakLength: 20 }]`, { call: 'inspect' });
c('insp-break-infinity', `[Array.from({ length: 30 }, (_, i) => ({ i })), { breakLength: Infinity }]`, { call: 'inspect' });
c('insp-max-array-length', `[[1, 2, 3, 4, 5], { maxArrayLength: 2 }]`, { call: 'inspect' });
c('insp-max-array-length-0', `[[new Set([1, 2]), new Map([[1, 2]]), new Uint8Array(3)], { maxArrayLength: 0 }]`, { call: 'inspect' });
c('insp-max-string-length', `[['abcdefghij'], { maxStringLength: 4 }]`, { call: 'inspect' });
c('insp-sorted', `[{ c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true }]`, { call: 'inspect' });
c('insp-numeric-separator', `[[1234567.891, 1000, -12345, 123456789n, 0.0001234], { numericSeparator: true }]`, { call: 'inspect' });
c('insp-colors', `[{ s: 'str', n: 1, b: true, u: undefined, z: null, sym: Symbol('s'), d: new Date(0), r: /x/, f() {} }, { colors: true }]`, { call: 'inspect' });
c('insp-colors-grouping', `[Array.from({ length: 10 }, (_, i) => i), { colors: true }]`, { call: 'inspect' });
c('insp-getters', `[{ get a() { return 1; }, get b() { return { c: 1 }; }, get n() { return null; }, get t() { throw new Error('gt'); } }, { getters: true }]`, { call: 'inspect' });
c('insp-show-hidden', `[[1, 2], { showHidden: true }]`, { call: 'inspect' });
c('insp-show-hidden-bool', `[{ a: 1 }, true]`, { call: 'inspect' });
c('insp-custom-false', `[{ [Symbol.for('nodejs.util.inspect.custom')]() { return 'C'; }, x: 1 }, { customInspect: false }]`, { call: 'inspect' });
c('insp-string', `['str\\'ing']`, { call: 'inspect' });
c('insp-primitives', `[42]`, { call: 'inspect' });
c('insp-custom-opts-passthrough', `[{ [Symbol.for('nodejs.util.inspect.custom')](d, o) { return String(o.myOption) + ' ' + o.depth; } }, { myOption: 'yes', depth: 5 }]`, { call: 'inspect' });

// -------------------------------------------------------------- hostile
const HOSTILE_VALUE = `[{ a: [1, 2, 3], s: 'it\\'s', m: new Map([['k', new Set([1])]]), e: (() => { const e = new Error('h'); e.stack = 'Error: h\\n    at h (h.js:1:1)'; return e; })(), d: new Date(0), r: /x/g, n: -0, big: Array.from({ length: 30 }, (_, i) => i), [Symbol('sym')]: 'v' }, '%s=%d %j', 'k', 5, { j: 1 }]`;
c('hostile-array-methods', HOSTILE_VALUE, { hostile: `for (const k of ['join', 'push', 'pop', 'slice', 'splice', 'includes', 'indexOf', 'map', 'filter', 'forEach', 'sort', 'unshift', 'concat']) Array.prototype[k] = () => { throw new Error('sabotaged ' + k); };` });
c('hostile-object-statics', HOSTILE_VALUE, { hostile: `for (const k of ['keys', 'getOwnPropertyNames', 'getOwnPropertySymbols', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'setPrototypeOf', 'defineProperty', 'is', 'entries']) Object[k] = () => { throw new Error('sabotaged ' + k); }; Reflect.ownKeys = () => []; Reflect.apply = () => 'x';` });
c('hostile-string-methods', HOSTILE_VALUE, { hostile: `for (const k of ['replace', 'replaceAll', 'split', 'slice', 'includes', 'indexOf', 'repeat', 'padStart', 'padEnd', 'charCodeAt', 'codePointAt', 'startsWith', 'endsWith', 'toLowerCase', 'normalize', 'trim']) String.prototype[k] = () => { throw new Error('sabotaged ' + k); };` });
c('hostile-json-symbol-iterator', HOSTILE_VALUE, { hostile: `JSON.stringify = () => 'HACKED'; Array.prototype[Symbol.iterator] = function* () { yield 'HACKED'; }; Map.prototype[Symbol.iterator] = function* () {}; Set.prototype[Symbol.iterator] = function* () {}; Map.prototype.entries = () => { throw 1; }; Set.prototype.values = () => { throw 1; };` });
c('hostile-iterator-next', HOSTILE_VALUE, { hostile: `Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true }); Object.getPrototypeOf(new Map().entries()).next = () => ({ done: true }); Object.getPrototypeOf(new Set().values()).next = () => ({ done: true });` });
c('hostile-index-setters', HOSTILE_VALUE, { hostile: `for (let i = 0; i < 40; i++) Object.defineProperty(Array.prototype, i, { set(v) { throw new Error('setter ' + i); }, get() { return 'HACKED'; }, configurable: true });` });
c('hostile-object-proto-pollution', HOSTILE_VALUE, { hostile: `Object.prototype.get = () => 1; Object.prototype.set = () => 1; Object.prototype.value = 'HACKED'; Object.prototype.enumerable = false; Object.prototype.circular = 'x'; Object.prototype.seen = [];` });
c('hostile-function-call-bind', HOSTILE_VALUE, { hostile: `Function.prototype.call = function () { throw new Error('call'); }; Function.prototype.apply = function () { throw new Error('apply'); }; Function.prototype.bind = function () { throw new Error('bind'); };` });
c('hostile-regexp', HOSTILE_VALUE, { hostile: `RegExp.prototype.exec = () => null; RegExp.prototype[Symbol.replace] = () => 'HACKED'; RegExp.prototype[Symbol.split] = () => []; Object.defineProperty(RegExp.prototype, 'flags', { get() { return 'HACKED'; } }); Object.defineProperty(RegExp.prototype, 'source', { get() { return 'HACKED'; } }); RegExp.prototype.toString = () => 'HACKED';` });
c('hostile-number-date-error', HOSTILE_VALUE, { hostile: `Number.prototype.toString = () => 'HACKED'; Date.prototype.toISOString = () => 'HACKED'; Error.prototype.toString = () => 'HACKED'; Symbol.prototype.toString = () => 'HACKED'; Math.min = () => 0; Math.max = () => 0; Object.prototype.toString = () => '[object HACKED]';` });
c('hostile-globals-deleted', HOSTILE_VALUE, { hostile: `for (const k of ['Object', 'Array', 'String', 'Number', 'Symbol', 'Map', 'Set', 'JSON', 'Math', 'Reflect', 'RegExp', 'Error', 'Date', 'Promise', 'Uint8Array', 'ArrayBuffer', 'WeakMap', 'WeakSet', 'BigInt', 'Boolean']) delete globalThis[k];` });
c('hostile-ctor-removed', `[function f() {}, async function g() {}, function* h() {}, async function* i() {}, {}, [1]]`, { hostile: `delete Function.prototype.constructor; Object.defineProperty(Object.getPrototypeOf(async function () {}), 'constructor', { get() { throw new Error('no'); } }); Object.defineProperty(Object.getPrototypeOf(function* () {}), 'constructor', { value: undefined }); Object.prototype.constructor = function Hacked() {};` });

c('hostile-index-setters-json', `['%j %s %d', { a: [1, { b: [2, 3] }], s: 'x' }, [1, 2], 3]`, { hostile: `for (let i = 0; i < 40; i++) Object.defineProperty(Array.prototype, i, { set(v) { throw new Error('setter ' + i); }, get() { return 'HACKED'; }, configurable: true }); JSON.stringify = () => 'HACKED';` });
c('hostile-ctor-removed-o', `['%o %o %o', async () => 1, function* g() {}, Object.assign(function h() {}, { p: 1 })]`, { hostile: `for (const f of [function () {}, async function () {}, function* () {}, async function* () {}]) Object.defineProperty(Object.getPrototypeOf(f), 'constructor', { value: undefined }); delete globalThis.Function; delete globalThis.eval;` });
c('hostile-ctor-throwing', `[function f() {}, class K {}, async () => 1, { a: 1 }]`, { hostile: `const thrower = function Function() { throw new EvalError('no'); }; Object.defineProperty(Function.prototype, 'constructor', { value: thrower }); Object.defineProperty(Object.getPrototypeOf(async function () {}), 'constructor', { get() { throw new EvalError('no'); } });` });

// Sabotage of what QuickJS itself reaches at run time. Template literals are
// compiled into calls of the *current* String.prototype.concat, spread and
// for-of into the array iterator, and String.prototype.split/replace look up
// Symbol.split/replace even on primitive separators; none of it may be on the
// path of format/inspect once the factory has run. Each case sabotages one
// thing (or one family) so a failure names the culprit.
const HOSTILE_RICH = `(() => { const rich = {
  nums: Array.from({ length: 26 }, (_, i) => i * 7),
  words: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'],
  text: 'first line of a long text\\nsecond line of the long text\\nthird and last line of it',
  sparse: [1, , 3, , , 6],
  nested: { a: { b: { c: { d: 1 } } } },
  cls: new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
  sub: new (class Registry extends Map {})([['k', 1]]),
  fn: function named() {},
  klass: class Shape extends Array {},
  typed: new Uint8Array([1, 2, 3]),
  buf: new ArrayBuffer(3),
  view: new DataView(new ArrayBuffer(4), 1),
  args: (function () { return arguments; })(1, 'two'),
  nul: Object.assign(Object.create(null), { z: 1 }),
  acc: { get g() { return 1; }, set s(v) {} },
  box: [new Number(-0), new String('ab'), Object(Symbol('bx'))],
  sym: Symbol('desc'),
  [Symbol('key')]: 'sv',
  'needs quotes': "it's",
  big: 12345678901234567890n,
  date: new Date(0),
  re: /a+b/gi,
  err: (() => { const c = new TypeError('inner'); c.stack = 'TypeError: inner\\n    at i (i.js:1:1)'; const e = new RangeError('outer', { cause: c }); e.stack = 'RangeError: outer\\n    at o (o.js:1:1)\\n    at p (p.js:2:2)'; return e; })(),
  promise: __settle(Promise.resolve({ v: 1 }), 1, { v: 1 }),
};
  return ['%s|%s|%d|%i|%f|%j|%o|%o|%O|%%|%c', 'str', { s: { t: [1] } }, 42, '7.5', '1.5', { j: [1, 'x', new Date(0)] },
          [1, { o: 1 }], new Uint8Array([7, 8]), { O: 1 }, 'css', rich, 3];
})()`;
const HOSTILE_CIRCULAR = `[(() => { const o = { name: 'root', list: [] }; o.list.push(o, { back: o }); o.self = o; return o; })()]`;
const HOSTILE_SETUPS = {
  'concat': `String.prototype.concat = function () { return 'pwned'; };`,
  'concat-throws': `String.prototype.concat = function () { throw new Error('concat'); };`,
  'string-replace-split': `String.prototype.replace = () => 'pwned'; String.prototype.replaceAll = () => 'pwned'; String.prototype.split = () => ['pwned'];`,
  'string-symbol-methods': `String.prototype[Symbol.split] = () => ['pwned']; String.prototype[Symbol.replace] = () => 'pwned'; String.prototype[Symbol.match] = () => null; String.prototype[Symbol.iterator] = function* () { yield 'pwned'; };`,
  'string-slice-pad-repeat': `String.prototype.slice = () => 'pwned'; String.prototype.substring = () => 'pwned'; String.prototype.padStart = () => 'pwned'; String.prototype.padEnd = () => 'pwned'; String.prototype.repeat = () => 'pwned';`,
  'string-every-method': `for (const k of Object.getOwnPropertyNames(String.prototype)) if (k !== 'length') String.prototype[k] = function () { return 'pwned'; };`,
  'array-push-join-map': `Array.prototype.push = () => { throw new Error('push'); }; Array.prototype.join = () => 'pwned'; Array.prototype.map = () => ['pwned'];`,
  'array-every-method': `for (const k of Object.getOwnPropertyNames(Array.prototype)) if (k !== 'length') Array.prototype[k] = function () { return 'pwned'; };`,
  'array-species': `Array.prototype.constructor = function Hacked() {}; Array.prototype.constructor[Symbol.species] = function () { return { pwned: 1 }; };`,
  'array-iterator': `Array.prototype[Symbol.iterator] = function* () { yield 'pwned'; }; Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true, value: 'pwned' });`,
  'iterators-deleted': `const IP = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())); delete Array.prototype[Symbol.iterator]; delete Object.getPrototypeOf(Uint8Array.prototype)[Symbol.iterator]; delete Map.prototype[Symbol.iterator]; delete Set.prototype[Symbol.iterator]; delete String.prototype[Symbol.iterator]; delete IP[Symbol.iterator];`,
  'object-keys': `Object.keys = () => ['pwned']; Object.entries = () => []; Object.values = () => [];`,
  'option-setters': `for (const k of ['depth', 'compact', 'colors', 'showHidden', 'showProxy', 'stylize', 'customInspect', 'breakLength', 'sorted', 'maxArrayLength']) Object.defineProperty(Object.prototype, k, { set() { throw new Error('setter ' + k); }, configurable: true });`,
  'descriptor-defaults': `Object.prototype.value = 'out of memory'; Object.prototype.get = function () { return 'pwned'; }; Object.prototype.set = function () {}; Object.prototype.writable = false;`,
  'builtin-accessors': `for (const [P, ks] of [[Object.getPrototypeOf(Uint8Array.prototype), ['length', 'byteLength', 'byteOffset', 'buffer']], [DataView.prototype, ['byteLength', 'byteOffset', 'buffer']], [ArrayBuffer.prototype, ['byteLength']], [Map.prototype, ['size']], [Set.prototype, ['size']]]) for (const k of ks) Object.defineProperty(P, k, { get() { return 'pwned'; }, configurable: true });`,
  'builtin-names': `for (const C of [Array, Map, Set, Error, TypeError, RangeError, Uint8Array, ArrayBuffer, DataView, Date, RegExp, Promise, Number, String, Symbol]) { C.prototype.constructor = function Hacked() {}; Object.defineProperty(C, Symbol.hasInstance, { value: () => false }); Object.defineProperty(C, 'name', { value: 'Hacked' }); } Object.defineProperty(Function.prototype, 'name', { value: 'Hacked' });`,
  'to-primitive': `Object.prototype[Symbol.toPrimitive] = () => 'pwned'; Object.prototype.toString = () => 'pwned'; Object.prototype.valueOf = () => 'pwned'; Number.prototype.toString = () => 'pwned'; Array.prototype.toString = () => 'pwned';`,
};
for (const name of Object.keys(HOSTILE_SETUPS)) {
  c('hostile-rt-' + name, HOSTILE_RICH, { hostile: HOSTILE_SETUPS[name], frames: true });
  c('hostile-rt-' + name + '-circular', HOSTILE_CIRCULAR, { hostile: HOSTILE_SETUPS[name] });
  c('hostile-rt-' + name + '-options', `[[HOSTILE_NUMS, 'x\\ny', { deep: { er: { est: 1 } } }, new Map([[1, [2]]])], { colors: true, depth: 1, sorted: true, compact: 1, breakLength: 40, numericSeparator: true, maxArrayLength: 20 }]`.replace('HOSTILE_NUMS', 'Array.from({ length: 30 }, (_, i) => i * 1001)'),
    { hostile: HOSTILE_SETUPS[name], call: 'inspect' });
}
// All together, ordered so that each setup still works (for-of and
// Object.defineProperty in the setups need what the later ones break).
c('hostile-rt-all-at-once', HOSTILE_RICH, {
  hostile: ['concat', 'string-replace-split', 'string-symbol-methods', 'string-slice-pad-repeat',
            'object-keys', 'option-setters', 'builtin-accessors', 'builtin-names', 'to-primitive',
            'array-species', 'array-push-join-map', 'string-every-method', 'array-every-method',
            'array-iterator', 'iterators-deleted', 'descriptor-defaults']
    .map((k) => HOSTILE_SETUPS[k]).join('\n'),
  frames: true,
});

// Paths touched by the above, checked against Node without sabotage.
c('rt-class-extends-builtins', `[class A extends Map {}, class B extends Uint8Array {}, class C extends Error {}, class D extends (class {}) {}, class E {}]`);
c('rt-tostringtag-error-arguments', `[new (class T { get [Symbol.toStringTag]() { return 'Error'; } })(), Object.assign(Object.create({ [Symbol.toStringTag]: 'Arguments' }), { a: 1 }), Object.assign(Object.create({ [Symbol.toStringTag]: 'Error' }), { m: 1 })]`);
c('rt-buffers-show-hidden', `['%o %o %o', new Uint16Array([1, 2]), new DataView(new ArrayBuffer(2)), new ArrayBuffer(2)]`);
c('rt-buffer-subclass-accessors', `[new (class V extends DataView { get byteLength() { return 99; } })(new ArrayBuffer(2)), Object.defineProperty(new ArrayBuffer(1), 'byteLength', { value: 'own', enumerable: false })]`);
c('rt-grouped-sparse', `[[1, 2, 3, , 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]]`);
c('rt-stylize-object-results', `[{ a: 1, b: [1, 2], 'c d': 'x', [Symbol('s')]: null, get g() { return 1; } }, { stylize: (s) => ({ toString() { return '<' + s + '>'; }, valueOf() { return 'V'; } }), getters: true }]`, { call: 'inspect' });
c('rt-stylize-object-map-error', `[[new Map([[1, 2]]), Object.assign(new Error('e'), { stack: 'Error: e\\n    at x (x.js:1:1)', extra: 1 })], { stylize: (s) => ({ toString() { return '[' + s + ']'; }, valueOf() { return 'V'; } }) }]`, { call: 'inspect' });
c('rt-class-name-object', `[(() => { class K {} Object.defineProperty(K, 'name', { value: { toString() { return 'TS'; }, valueOf() { return 'VO'; } } }); return K; })()]`);

module.exports = CASES;
