// expect: {"success": false, "error": {"name": "RangeError", "message": {"$regex": "^RangeError: "}, "line": 5, "kind": "runtime"}}
// options: {}
// A RangeError raised by a built-in (toFixed with 200 digits) is reported with its name and line.
const n = 1.5;
n.toFixed(200);
