# expect: {"success": true, "output": {"forked": 0}}
# options: {"timeoutMs": 2000}
# A fork flood: every attempt fails, nothing is left.
import os
forked = 0
for _ in range(5000):
    try:
        if os.fork() == 0:
            while True:
                pass
        forked += 1
    except OSError:
        pass
{"forked": forked}
