// expect: {"success": false, "error": {"name": "SyntaxError", "kind": "syntax", "line": 5, "column": 3, "message": {"$regex": "^SyntaxError: import declarations are not supported: an artifact is a script"}}}
// options: {}
// A static import (LLM code often starts with one) says that artifacts cannot load modules,
// at the keyword, instead of QuickJS's "expecting '('" for a malformed import() call.
  import { readFileSync } from 'fs';
readFileSync('/etc/passwd');
