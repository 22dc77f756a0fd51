# expect: {"success": false, "error": {"name": "NameError", "message": "NameError: name 'y' is not defined", "kind": "runtime", "line": 5, "column": 5}}
# options: {}
# A NameError in the final expression: line and column of the expression.
x = 1
x + y
