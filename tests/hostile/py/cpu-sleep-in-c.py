# expect: {"success": false, "error": {"kind": "timeout"}}
# options: {"timeoutMs": 500}
# Blocked in a long sleep (not on the CPU): still ends at the time limit.
import time
time.sleep(100)
