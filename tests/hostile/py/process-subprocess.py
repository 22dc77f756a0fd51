# expect: {"success": false, "error": {"name": "PermissionError", "kind": "runtime", "line": 6}}
# options: {}
# host: {"writeTarget": true}
# subprocess cannot start a process (no fork, no exec).
import subprocess
subprocess.run(["/bin/sh", "-c", "touch {{WRITE_TARGET}}"])
