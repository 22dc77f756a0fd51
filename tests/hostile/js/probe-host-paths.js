// expect: {"success": true, "output": {"leaks": []}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Error stacks, function sources and import() error messages do not leak the host's absolute paths (e.g. /work, /home, /tmp, /root, /usr).
const texts = [];
try { null.x; } catch (e) { texts.push(String(e.stack)); }
texts.push(String(LLMOS.utils.sleep), String(console.log), String(setTimeout));
try { await import('./anything.js'); } catch (e) { texts.push(String(e.message)); }
({ leaks: texts.filter((t) => /\/(work|home|tmp|root|usr|farm)\//.test(t)) })
