// expect: {"success": true, "output": {"gen": [1, 2, 3], "rest": {"a": 1, "others": {"b": 2, "c": 3}}, "spread": [0, 1, 2], "defaults": 10, "tagged": "x=1;"}}
// options: {}
// Generators, destructuring with rest and defaults, spread and tagged templates.
function* g() { yield 1; yield 2; yield 3; }
const { a, ...others } = { a: 1, b: 2, c: 3 };
const [first = 10] = [];
const tag = (s, ...v) => s[0] + v[0] + s[1];
({ gen: [...g()], rest: { a, others }, spread: [0, ...[1, 2]], defaults: first, tagged: tag`x=${1};` })
