// expect: {"success": true, "logs": ["obj { a: [ 1, 2 ] } and { b: { c: { d: {} } } }", "5 is number"]}
// options: {}
// %O and %o inspect their argument (like Node), and directives work on any argument type.
console.log('obj %O and %o', { a: [1, 2] }, { b: { c: { d: {} } } });
console.log('%d is %s', 5, typeof 5);
