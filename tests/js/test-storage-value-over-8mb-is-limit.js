// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "message": {"$regex": "^RangeError: LLMOS.storage.set: the value is 8.0 MB as JSON, over the limit of 8.0 MB per value$"}}}
// options: {"dataDir": true}
// A value over 8 MB as JSON is refused as kind: limit.
await LLMOS.storage.set('big', 'x'.repeat(8 * 1024 * 1024));
