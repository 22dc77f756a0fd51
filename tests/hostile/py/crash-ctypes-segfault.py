# expect: {"success": false, "error": {"name": "SystemError", "kind": "runtime", "message": {"$regex": "crashed \\(SIGSEGV\\)"}}}
# options: {}
# A segfault through ctypes is an error result; llmos and the worker survive.
import ctypes
ctypes.string_at(0)
