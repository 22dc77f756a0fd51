# expect: {"success": false, "error": {"kind": "timeout"}}
# options: {"timeoutMs": 700}
# A CPU loop that ignores SIGTERM, SIGINT, SIGALRM and SIGXCPU still ends at the time limit (SIGKILL).
import signal
for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGXCPU, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)
signal.alarm(1)
x = 0
while True:
    x += 1
