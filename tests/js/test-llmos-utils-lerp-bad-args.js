// expect: {"success": false, "error": {"name": "TypeError", "message": {"$regex": "^TypeError: .*lerp"}, "line": 4, "kind": "runtime"}}
// options: {}
// lerp with a non-number argument is a TypeError naming the function.
LLMOS.utils.lerp(0, 10, 'half');
