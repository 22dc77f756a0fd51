// expect: {"success": true, "logs": ["<ref *1> { name: 'c', self: [Circular *1] }", "<ref *1> [ 1, [Circular *1] ]"]}
// options: {}
// Circular references in console output are marked as Node does.
const c = { name: 'c' };
c.self = c;
console.log(c);
const a = [1];
a.push(a);
console.log(a);
