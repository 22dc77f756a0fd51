// expect: {"success": true, "output": {"eval": "undefined", "window": "undefined", "document": "undefined", "localStorage": "undefined", "fetch": "undefined", "XMLHttpRequest": "undefined", "WebSocket": "undefined", "require": "undefined", "process": "undefined", "std": "undefined", "os": "undefined", "SharedArrayBuffer": "undefined", "Atomics": "undefined"}}
// options: {}
// None of the browser, Node or QuickJS-libc host objects exist in the artifact's global scope.
const names = ['eval', 'window', 'document', 'localStorage', 'fetch', 'XMLHttpRequest', 'WebSocket', 'require', 'process', 'std', 'os', 'SharedArrayBuffer', 'Atomics'];
const r = {};
for (const n of names) r[n] = typeof globalThis[n];
r
