# expect: {"success": true, "output": {"parent": "PermissionError", "host": "PermissionError", "group": "PermissionError", "init": "PermissionError"}}
# options: {}
# Signals outside the artifact's own process are refused: the worker (its parent), the host, its group, pid 1.
import os, signal
out = {}
for name, pid in [("parent", os.getppid()), ("host", {{HOST_PID}}), ("group", 0), ("init", 1)]:
    try:
        os.kill(pid, signal.SIGKILL)
        out[name] = "sent"
    except OSError as e:
        out[name] = type(e).__name__
out
