# expect: {"success": false, "error": {"name": "LimitError", "kind": "limit", "line": 6, "stack": {"$regex": "^Traceback \\(most recent call last\\):\n  File \"[^\"]*test-error-stack-leaves-out-the-worker.py\", line 6, in <module>\n    llmos.utils.sleep\\(20000\\)\nLimitError: llmos.utils.sleep: at most 10000 ms, got 20000$"}}}
# options: {}
# The traceback ends at the artifact's call: the llmos module's own frames (the worker's code)
# are not the user's, as a JavaScript stack leaves out the kernel's.
import llmos
llmos.utils.sleep(20000)
