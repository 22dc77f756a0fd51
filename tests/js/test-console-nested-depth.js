// expect: {"success": true, "logs": ["{ a: { b: { c: [Object] } } }", "[ [ [ [Array] ] ] ]", "{ level1: { level2: { level3: [Array] } } }"]}
// options: {}
// Nesting deeper than 2 levels is abbreviated as [Object] / [Array], as Node's default depth.
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log({ level1: { level2: { level3: [1, 2] } } });
