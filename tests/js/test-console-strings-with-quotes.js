// expect: {"success": true, "logs": ["[ \"it's\", 'say \"hi\"', `both ' and \"` ]", "{ s: 'line\\nbreak' }"]}
// options: {}
// Strings inside containers pick their quotes like Node (single, else double, else backtick) and escape newlines.
console.log(["it's", 'say "hi"', `both ' and "`]);
console.log({ s: 'line\nbreak' });
