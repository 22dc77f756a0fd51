// expect: {"success": true, "output": [3, 2, null, -1, 3, "c"]}
// options: {}
// Array.prototype.findLast/findLastIndex (ES2023) and .at() (ES2022).
const xs = [1, 2, 3, 4];
[xs.findLast((x) => x % 2), xs.findLastIndex((x) => x % 2), xs.findLast((x) => x > 10), xs.findLastIndex((x) => x > 10), [1, 2, 3].at(-1), 'abc'.at(-1)]
