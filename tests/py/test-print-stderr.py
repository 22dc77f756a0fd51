# expect: {"success": true, "logs": ["out"], "stderr": ["warning: x", "second"]}
# options: {}
# stderr lines go to `stderr`.
import sys
print("out")
print("warning: x", file=sys.stderr)
sys.stderr.write("second\n")
