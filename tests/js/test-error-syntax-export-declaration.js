// expect: {"success": false, "error": {"name": "SyntaxError", "kind": "syntax", "line": 5, "column": 1, "message": {"$regex": "^SyntaxError: export declarations are not supported"}}}
// options: {}
// `export` is a module's keyword: the error says so instead of "unsupported keyword".
const important = 1;
export default important;
