# expect: {"success": false, "error": {"name": "SandboxViolation", "kind": "runtime"}}
# options: {}
# ptrace through ctypes: the seccomp policy kills the process (a violation), nothing is traced.
import ctypes, os
libc = ctypes.CDLL(None)
libc.ptrace(16, os.getppid(), 0, 0)  # PTRACE_ATTACH to the worker
