// expect: {"success": true, "output": "quote \" backslash \\ newline \n tab \t unicode é 😀 nul \u0000"}
// options: {}
// Strings with quotes, control characters and non-ASCII text survive the JSON round trip exactly.
'quote " backslash \\ newline \n tab \t unicode é 😀 nul \u0000'
