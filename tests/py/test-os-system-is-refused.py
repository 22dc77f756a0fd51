# expect: {"success": true, "output": ["PermissionError", 1]}
# options: {}
# os.system raises, as os.fork and subprocess do: libc's system() would report the sandbox's
# refusal as the shell's exit status 127 (32512), as if the command had not been found.
import os
try:
    os.system("true")
    out = ["ran", 0]
except PermissionError as e:
    out = [type(e).__name__, e.errno]
out
