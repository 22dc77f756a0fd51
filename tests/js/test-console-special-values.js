// expect: {"success": true, "logs": ["1970-01-01T00:00:00.000Z", "Uint8Array(3) [ 1, 2, 3 ]", "/ab+c/gi", "[Object: null prototype] {}", "[Number: 5] [String: 'x'] [Boolean: false]"]}
// options: {}
// Dates, typed arrays, regexps, null-prototype objects and boxed primitives are inspected like Node.
console.log(new Date(0));
console.log(new Uint8Array([1, 2, 3]));
console.log(/ab+c/gi);
console.log(Object.create(null));
console.log(Object(5), Object('x'), Object(false));
