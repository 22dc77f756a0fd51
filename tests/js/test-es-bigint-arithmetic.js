// expect: {"success": true, "output": ["18446744073709551616", "-3", "2", true, "TypeError"]}
// options: {}
// BigInt arithmetic, comparison with numbers, and the TypeError when mixing BigInt and Number.
let mix;
try { 1n + 1; } catch (e) { mix = e.name; }
[(2n ** 64n).toString(), (-7n / 2n).toString(), (17n % 5n).toString(), 10n > 9, mix]
