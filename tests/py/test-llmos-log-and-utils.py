# expect: {"success": true, "logs": ["info 1"], "stderr": ["careful", "bad"], "output": {"clamp": 10, "lerp": 5, "uid": {"$regex": "^[0-9]{13}-[0-9a-z]{6}$"}, "version": "0.1.0"}}
# options: {}
# llmos.log routes info to logs and warn/error to stderr; llmos.utils as in JavaScript.
import llmos
from llmos import utils
llmos.log.info("info", 1)
llmos.log.warn("careful")
llmos.log.error("bad")
utils.sleep(1)
{"clamp": utils.clamp(12, 0, 10), "lerp": utils.lerp(0, 10, 0.5), "uid": utils.uid(), "version": llmos.version}
