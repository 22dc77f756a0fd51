# expect: {"success": false, "error": {"name": "MemoryError", "kind": "memory"}}
# options: {"memoryLimitMb": 64}
# Allocating past the memory limit is a MemoryError, kind `memory`.
blocks = []
while True:
    blocks.append(bytearray(8 << 20))
