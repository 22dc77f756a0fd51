// expect: {"success": true, "output": {"name": "Error", "message": {"$regex": "^LLMOS.storage.get: storage is unavailable: "}}}
// options: {}
// Without a data dir (an embedding that configured none) storage calls reject with an Error; nothing crashes.
try { await LLMOS.storage.get('k'); } catch (e) { ({ name: e.name, message: e.message }); }
