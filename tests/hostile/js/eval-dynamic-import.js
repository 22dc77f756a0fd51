// expect: {"success": true, "output": {"std": "TypeError", "os": "TypeError", "relative": "TypeError", "absolute": "TypeError", "data url": "TypeError", "object specifier": "TypeError", "empty": "TypeError"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// import() of any specifier (QuickJS libc modules, files, data: URLs, objects with toString) rejects cleanly; no module is loaded.
const out = {};
const specs = { std: 'std', os: 'os', relative: './secret.js', absolute: '/etc/passwd', 'data url': 'data:text/javascript,export default 1', 'object specifier': { toString() { return 'std'; } }, empty: '' };
for (const [label, spec] of Object.entries(specs)) {
  try { await import(spec); out[label] = 'LOADED'; } catch (e) { out[label] = e && e.name; }
}
out
