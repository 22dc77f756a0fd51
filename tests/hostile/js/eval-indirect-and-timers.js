// expect: {"success": true, "output": {"indirect eval": "TypeError", "eval via globalThis": "TypeError", "setTimeout string": "TypeError", "setInterval string": "TypeError", "pwned": "undefined"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Indirect eval (not defined) and string timer callbacks (never evaluated) give clean TypeErrors; nothing runs.
const out = {};
const attempt = (label, fn) => { try { fn(); out[label] = 'RAN'; } catch (e) { out[label] = e && e.name; } };
attempt('indirect eval', () => (0, globalThis['ev' + 'al'])('globalThis.pwned = 1'));
attempt('eval via globalThis', () => globalThis.eval('globalThis.pwned = 1'));
attempt('setTimeout string', () => setTimeout('globalThis.pwned = 1', 0));
attempt('setInterval string', () => setInterval('globalThis.pwned = 1', 0));
await new Promise((r) => setTimeout(r, 5));
out.pwned = typeof globalThis.pwned;
out
