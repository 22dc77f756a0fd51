# expect: {"success": false, "error": {"name": "TypeError", "kind": "runtime", "message": {"$regex": "cannot be stored as JSON"}}}
# options: {"dataDir": true}
# A value with no JSON form is a TypeError.
import llmos
llmos.storage.set("k", object())
