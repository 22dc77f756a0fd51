# expect: {"success": true, "output": {"fork": "PermissionError", "system": "PermissionError", "execv": "PermissionError", "spawn": "PermissionError"}}
# options: {}
# host: {"writeTarget": true}
# os.fork, os.system, os.execv and os.posix_spawn all fail; nothing runs.
import os
out = {}
try:
    os.fork()
    out["fork"] = "forked"
except OSError as e:
    out["fork"] = type(e).__name__
try:
    os.system("touch {{WRITE_TARGET}}")
    out["system"] = "ran"
except OSError as e:
    out["system"] = type(e).__name__
try:
    os.execv("/bin/true", ["true"])
except OSError as e:
    out["execv"] = type(e).__name__
try:
    os.posix_spawn("/bin/touch", ["touch", "{{WRITE_TARGET}}"], {})
    out["spawn"] = "spawned"
except OSError as e:
    out["spawn"] = type(e).__name__
out
