// expect: {"success": true, "logs": [{"$regex": "^\\[\\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\\n[\\s\\S]*\\n  96, 97, 98, 99,\\n  \\.\\.\\. 20 more items\\n\\]$"}]}
// options: {}
// A long numeric array is grouped in aligned columns and cut at 100 items with "... 20 more items", as Node does.
console.log(Array.from({ length: 120 }, (_, i) => i));
