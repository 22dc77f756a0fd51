# expect: {"success": false, "error": {"name": "RecursionError", "kind": "stack"}}
# options: {}
# Unbounded recursion is a RecursionError, kind `stack`.
def f(n):
    return f(n + 1)
f(0)
