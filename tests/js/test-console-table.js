// expect: {"success":true,"logs":["┌─────────┬────────┬──────┬──────┐\n│ (index) │ name   │ ms   │ note │\n├─────────┼────────┼──────┼──────┤\n│ 0       │ 'fib'  │ 15.9 │      │\n│ 1       │ 'json' │ 180  │ 'ok' │\n└─────────┴────────┴──────┴──────┘","┌─────────┬───┬────────┐\n│ (index) │ c │ Values │\n├─────────┼───┼────────┤\n│ r1      │ 1 │        │\n│ r2      │   │ 5      │\n└─────────┴───┴────────┘","┌─────────┬───┬───┐\n│ (index) │ 0 │ 1 │\n├─────────┼───┼───┤\n│ 0       │ 1 │ 2 │\n│ 1       │ 3 │   │\n└─────────┴───┴───┘","┌─────────┬───┐\n│ (index) │ b │\n├─────────┼───┤\n│ 0       │ 2 │\n└─────────┴───┘","┌───────────────────┬─────┬──────────┐\n│ (iteration index) │ Key │ Values   │\n├───────────────────┼─────┼──────────┤\n│ 0                 │ 'k' │ { v: 1 } │\n└───────────────────┴─────┴──────────┘","┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 'x'    │\n└───────────────────┴────────┘","┌─────────┬─────────────────┬──────────┬───────────────────────────────┐\n│ (index) │ deep            │ wide     │ long                          │\n├─────────┼─────────────────┼──────────┼───────────────────────────────┤\n│ 0       │ { a: [Object] } │ [Object] │ [ 1, 2, 3, ... 2 more items ] │\n└─────────┴─────────────────┴──────────┴───────────────────────────────┘","not tabular"]}
// options: {}
// console.table draws Node's table (Node 20: cells left-aligned, nested objects shallow, arrays
// past 3 items elided); the artifact's replaced built-ins play no part; a non-object is logged.
Array.prototype.push = () => { throw new Error('replaced'); };
Object.keys = () => ['x'];
String.prototype.repeat = () => '?';
Object.defineProperty(Array.prototype, '0', { set() { throw new Error('setter'); }, configurable: true });
console.table([{ name: 'fib', ms: 15.9 }, { name: 'json', ms: 180, note: 'ok' }]);
console.table({ r1: { c: 1 }, r2: 5 });
console.table([[1, 2], [3]]);
console.table([{ a: 1, b: 2 }], ['b']);
console.table(new Map([['k', { v: 1 }]]));
console.table(new Set(['x']));
console.table([{ deep: { a: { b: 1 } }, wide: { p: 1, q: 2, r: 3 }, long: [1, 2, 3, 4, 5] }]);
console.table('not tabular');
