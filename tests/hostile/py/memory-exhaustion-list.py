# expect: {"success": false, "error": {"kind": "memory"}}
# options: {"memoryLimitMb": 48, "timeoutMs": 5000}
# Growing a list of strings without bound hits the memory limit (MemoryError), never the host.
x = []
while True:
    x.append("y" * 100000 + str(len(x)))
