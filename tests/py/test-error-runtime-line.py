# expect: {"success": false, "output": null, "error": {"name": "ZeroDivisionError", "message": "ZeroDivisionError: division by zero", "kind": "runtime", "line": 8, "stack": {"$regex": "Traceback[\\s\\S]*test-error-runtime-line.py\", line 8, in f[\\s\\S]*ZeroDivisionError"}}, "logs": ["before"]}
# options: {}
# An exception gives the artifact's own line (inside a function), the traceback in `stack`, and keeps the output so far.
print("before")


def f(x):
    return x / 0


f(1)
