# expect: {"success": true, "output": "hello"}
# options: {}
# The private scratch dir (the working directory, tempfile's dir) is writable.
import tempfile
with tempfile.NamedTemporaryFile("w+", delete=False) as f:
    f.write("hello")
with open("local.txt", "w") as g:
    g.write(open(f.name).read())
open("local.txt").read()
