# expect: {"success": false, "error": {"name": "PermissionError", "kind": "runtime"}}
# options: {}
# host: {"secretFile": true}
# A file root can read (created by the test outside the scratch dir) is not readable: Landlock.
open("{{SECRET_FILE}}").read()
