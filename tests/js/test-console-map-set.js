// expect: {"success": true, "logs": ["Map(2) { 'a' => 1, 2 => { b: [ 3 ] } }", "Set(3) { 1, 'x', [ 2 ] }", "Map(0) {} Set(0) {}"]}
// options: {}
// Map and Set are inspected with their size and entries, as Node does.
console.log(new Map([['a', 1], [2, { b: [3] }]]));
console.log(new Set([1, 'x', [2]]));
console.log(new Map(), new Set());
