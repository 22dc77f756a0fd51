// expect: {"success": true, "output": ["sync", "TypeError", {"$regex": "^stack:    at <eval> \\(\\S+\\.js:6:11\\)$"}]}
// options: {}
// import() still returns a promise that rejects (it never throws at the call), with a stack that
// names the call.
const out = [];
const p = import('std');
out.push('sync');
try { await p; } catch (e) { out.push(e.name, 'stack:' + e.stack.split('\n')[0]); }
out
