// expect: {"success": true, "logs": ["{\n  a: 1,\n  b: 'x',\n  'needs-quote': true,\n  nested: { c: null, d: undefined }\n}", "{}", "[Object: null prototype] { k: 1 }", "Point { x: 1, y: 2 }", "{ fn: [Function: fn], arrow: [Function: arrow], [Symbol(s)]: 2 }"]}
// options: {}
// Objects are inspected like Node: strings quoted inside objects, keys quoted only when needed, class names and null prototypes shown, functions and symbols rendered.
console.log({ a: 1, b: 'x', 'needs-quote': true, nested: { c: null, d: undefined } });
console.log({});
const np = Object.create(null); np.k = 1; console.log(np);
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log(new Point());
const arrow = () => 1;
console.log({ [Symbol('s')]: 2, fn() {}, arrow });
