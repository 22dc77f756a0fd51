// expect: {"success": true, "output": "RangeError", "executionTime": {"$type": "number"}}
// options: {"timeoutMs": 1000}
// The refusal of sleep(10001) is a RangeError the artifact can catch, and it does not wait at all.
let name;
try { await LLMOS.utils.sleep(10001); } catch (e) { name = e.name; }
name
