# expect: {"success": true, "logs": ["2 + 2 = 4", "a", "b", "no newline at the end"], "stderr": []}
# options: {}
# stdout: one entry per line; a print with embedded newlines gives several entries; a last partial line too.
import sys
print("2 + 2 =", 2 + 2)
print("a\nb")
sys.stdout.write("no newline ")
sys.stdout.write("at the end")
