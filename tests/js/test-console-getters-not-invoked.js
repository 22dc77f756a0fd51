// expect: {"success": true, "logs": ["{ a: [Getter], b: [Setter], c: [Getter/Setter] }"], "output": 0}
// options: {}
// console.log shows accessors as [Getter]/[Setter] without calling them, as Node does.
let calls = 0;
console.log({ get a() { calls++; return 1; }, set b(v) { calls++; }, get c() { calls++; return 2; }, set c(v) { calls++; } });
calls
