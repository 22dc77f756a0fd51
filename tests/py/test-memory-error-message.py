# expect: {"success": false, "error": {"name": "MemoryError", "kind": "memory", "line": 4, "message": "MemoryError: out of memory (the memory limit is 64 MB)"}}
# options: {"memoryLimitMb": 64}
# A bare MemoryError (it has no text) still gets a message of the form `Name: text`.
buffer = bytearray(10 ** 10)
