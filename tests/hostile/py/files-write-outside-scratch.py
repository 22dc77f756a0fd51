# expect: {"success": true, "output": {"written": []}}
# options: {}
# host: {"writeTarget": true}
# Writing, creating, renaming or linking anywhere but the scratch dir fails.
import os
written = []
for p in ["{{WRITE_TARGET}}", "/tmp/llmos-escape.txt", "/root/llmos-escape.txt", "/dev/shm/llmos-escape"]:
    try:
        with open(p, "w") as f:
            f.write("x")
        written.append(p)
    except OSError:
        pass
try:
    os.symlink("/etc/passwd", "link")  # in scratch: allowed, but it does not open the target
    open("link").read()
    written.append("read through symlink")
except OSError:
    pass
try:
    os.link("/usr/lib/python3.11/os.py", "hard")
    written.append("hard link")
except OSError:
    pass
{"written": written}
