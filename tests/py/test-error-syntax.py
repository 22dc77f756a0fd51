# expect: {"success": false, "error": {"name": "SyntaxError", "kind": "syntax", "line": 5, "message": {"$regex": "^SyntaxError: "}}, "logs": []}
# options: {}
# A syntax error is reported with its line before anything runs.
print("never printed")
x = (1 +
