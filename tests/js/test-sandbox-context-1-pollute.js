// expect: {"success": true, "output": "set"}
// options: {"artifactId": "default"}
// Sets a global and a prototype property; test-sandbox-context-2-fresh.js (run next) checks they do not leak into other runs.
globalThis.__llmosLeakCanary = 'leak';
Object.prototype.__llmosLeakCanary = 'leak';
'set'
