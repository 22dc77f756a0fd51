# expect: {"success": true, "output": null, "logs": ["bye"]}
# options: {}
# sys.exit(0) ends the artifact successfully (as a script).
import sys
print("bye")
sys.exit(0)
print("not reached")
