// expect: {"success": true, "output": {"name": "RangeError", "message": {"$regex": "^LLMOS\\.utils\\.sleep: (?!.*-9223372036854775808)"}}}
// options: {"timeoutMs": 1000}
// sleep(Infinity) is a RangeError whose message describes the request (no garbage integer from an overflowing conversion).
let r;
try { await LLMOS.utils.sleep(Infinity); r = 'slept'; } catch (e) { r = { name: e.name, message: e.message }; }
r
