// expect: {"success": true, "logs": ["1 a [ 1 ] { x: 'y' } null undefined 10n Symbol(s) -0 NaN true", "str", "[ 'str' ]", "a\nb", ""]}
// options: {}
// Several arguments are joined by spaces; top-level strings are unquoted, strings inside containers quoted; an entry may contain newlines; console.log() logs an empty line.
console.log(1, 'a', [1], { x: 'y' }, null, undefined, 10n, Symbol('s'), -0, NaN, true);
console.log('str');
console.log(['str']);
console.log('a\nb');
console.log();
