# expect: {"success": false, "error": {"name": "RecursionError", "kind": "stack", "line": 7, "message": {"$regex": "^RecursionError: maximum recursion depth exceeded \\(\\d+ frames filled the memory limit"}}}
# options: {"memoryLimitMb": 64}
# With the recursion limit raised past what memory holds, CPython 3.11 fails to allocate a frame
# and raises "SystemError: error return without exception set"; it is the recursion it is.
import sys
sys.setrecursionlimit(10 ** 7)
def f(n): return f(n + 1)
f(0)
