# expect: {"success": true, "output": "done", "truncated": {"logs": true}, "language": "python"}
# options: {}
# A flood of os.write to fd 1 (100 MB, past the worker's 64 MB file-size limit) is capped and
# marked like a flood of print, and the run goes on.
import os
for _ in range(2000):
    os.write(1, b"y" * 50_000)
"done"
