# expect: {"success": false, "error": {"name": "RecursionError", "kind": "stack", "line": 9, "message": {"$regex": "^RecursionError: maximum recursion depth exceeded \\(\\d+ frames filled the memory limit"}}}
# options: {"memoryLimitMb": 16, "timeoutMs": 30000}
# With the recursion limit raised past what memory holds, CPython 3.11 fails to allocate a frame
# and raises "SystemError: error return without exception set"; it is the recursion it is. The
# hundreds of thousands of frames take a few seconds to fill the memory (hence the time limit),
# and the stack shows the outer and inner 50 of them.
import sys
sys.setrecursionlimit(10 ** 7)
def f(n): return f(n + 1)
f(0)
