// expect: {"success": true, "output": "logged", "logs": ["{ a: { a: { a: [Object] } } }", "[ [ [ [Array] ] ] ]"]}
// options: {"timeoutMs": 3000, "memoryLimitMb": 64}
// console.log of 100,000-deep nested objects/arrays prints only to depth 2, as Node does.
let o = {};
let a = [];
for (let i = 0; i < 100000; i++) { o = { a: o }; a = [a]; }
console.log(o);
console.log(a);
'logged'
