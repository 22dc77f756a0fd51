// expect: {"success": true, "logs": ["[ 1, 'a', null, undefined, true ]", "[]", "[ <3 empty items> ]", "[ 1, <1 empty item>, 3 ]", "[ [ 1, 2 ], [ 3, [ 4 ] ] ]", "[\n  'aaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbb',\n  'cccccccccccccccccccc',\n  'dddddddddddddddddddd'\n]"]}
// options: {}
// Arrays are inspected like Node, including holes and the line breaking of long arrays (over 72 characters).
console.log([1, 'a', null, undefined, true]);
console.log([]);
console.log(new Array(3));
console.log([1, , 3]);
console.log([[1, 2], [3, [4]]]);
console.log(['a', 'b', 'c', 'd'].map((c) => c.repeat(20)));
