// expect: {"success": true, "output": [null, "d", "e", null, 0, 5, 6, 7, null]}
// options: {}
// Optional chaining, nullish coalescing and logical assignment operators (ES2020/2021).
const o = { a: null, f: null };
let la = null; la ??= 5;
let lo = 0; lo ||= 6;
let ln = 1; ln &&= 7;
[o.a?.b, null ?? 'd', 0 || 'e', o.missing?.[0], 0 ?? 'x', la, lo, ln, o.f?.()]
