# expect: {"$oneOf": [{"success": true}, {"success": false, "error": {"kind": {"$oneOf": ["runtime", "memory", "timeout"]}}}]}
# options: {"timeoutMs": 1500, "memoryLimitMb": 64}
# Threads are allowed but bounded by memory and time; spinning threads end with the process at the limit.
import threading
def spin():
    while True:
        pass
for _ in range(200):
    threading.Thread(target=spin, daemon=True).start()
while True:
    pass
