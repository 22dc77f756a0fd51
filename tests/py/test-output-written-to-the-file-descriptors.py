# expect: {"success": true, "logs": ["print", "os.write", "buffer é", "split €", "fileno"], "stderr": ["to fd 2", "print to stderr"], "language": "python"}
# options: {}
# Output written to fd 1 and 2 directly (os.write, sys.stdout.buffer, a C extension's printf)
# lands in logs and stderr, in order with print's; bytes are decoded as UTF-8, also when a
# character is split across writes.
import os
import sys
print("print")
os.write(1, b"os.write\n")
sys.stdout.buffer.write("buffer é\n".encode())
sys.stdout.buffer.write(b"split \xe2\x82")
sys.stdout.buffer.write(b"\xac\n")
os.write(sys.stdout.fileno(), b"fileno\n")
os.write(2, b"to fd 2\n")
print("print to stderr", file=sys.stderr)
