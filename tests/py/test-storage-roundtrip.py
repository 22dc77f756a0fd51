# expect: {"success": true, "output": {"first": null, "got": {"a": [1, 2, {"b": "ü"}], "n": 1.5}, "removed": true, "again": false, "after": null}}
# options: {"dataDir": true, "artifactId": "py-storage"}
# llmos.storage: set, get, remove (served by the host's store, as for JavaScript).
import llmos
first = llmos.storage.get("k")
llmos.storage.set("k", {"a": [1, 2, {"b": "ü"}], "n": 1.5})
got = llmos.storage.get("k")
removed = llmos.storage.remove("k")
again = llmos.storage.remove("k")
{"first": first, "got": got, "removed": removed, "again": again, "after": llmos.storage.get("k")}
