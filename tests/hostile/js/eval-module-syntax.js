// expect: {"success": false, "error": {"name": "SyntaxError", "kind": "syntax", "line": 4}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A static import statement is a syntax error in an artifact script (no module loading).
import * as std from 'std';
std.exit(0);
