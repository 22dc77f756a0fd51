// expect: {"success": false, "error": {"name": "SyntaxError", "kind": "syntax", "line": 5, "message": "SyntaxError: import.meta only valid in module code"}}
// options: {}
// import.meta and identifiers that merely start with "import" keep QuickJS's own message.
const importance = 2;
import.meta.url;
