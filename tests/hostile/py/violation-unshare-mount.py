# expect: {"success": false, "error": {"name": "SandboxViolation", "kind": "runtime"}}
# options: {}
# Trying to leave the sandbox with unshare(2) (to mount things) kills the process.
import ctypes
libc = ctypes.CDLL(None)
libc.unshare(0x00020000 | 0x10000000)
