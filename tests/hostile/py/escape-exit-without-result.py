# expect: {"success": false, "error": {"name": "SystemError", "kind": "runtime", "message": {"$regex": "without a result"}}}
# options: {}
# os._exit ends the interpreter before it reports: an error result, not a hang.
import os
os._exit(3)
