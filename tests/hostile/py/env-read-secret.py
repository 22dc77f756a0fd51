# expect: {"success": true, "output": {"secret": null, "keys": {"$type": "array"}}}
# options: {}
# host: {"envSecret": true}
# The host's environment (a secret the test sets) is not visible: the worker starts with a scrubbed one.
import os
{"secret": os.environ.get("LLMOS_TEST_SECRET"), "keys": sorted(os.environ), "all": dict(os.environ)}
