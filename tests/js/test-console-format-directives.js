// expect: {"success": true, "logs": ["Bob is 42.5 years, 42 int, 1.5 float, {\"j\":1} json, 100%", "NaN NaN", "%s alone", "styled text", "a 1 extra args"]}
// options: {}
// util.format directives as in Node: %s %d %i %f %j %% (%c is consumed and dropped), missing args leave the directive, extra args are appended.
console.log('%s is %d years, %i int, %f float, %j json, 100%%', 'Bob', 42.5, 42.9, '1.5', { j: 1 });
console.log('%d %i', 'abc', {});
console.log('%s alone');
console.log('%cstyled text', 'color: red');
console.log('%s %d', 'a', 1, 'extra', 'args');
