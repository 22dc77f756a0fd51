// expect: {"success": true, "output": {"assign": "TypeError", "del": "TypeError", "define": "TypeError", "version": "0.1.0", "logStillReplaceable": true}}
// options: {}
// init.js makes LLMOS.version read-only for the whole run (assigning, deleting or redefining it is a TypeError in strict mode); the rest of LLMOS stays the artifact's to change.
const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return e.name; } };
const assign = attempt(() => { LLMOS.version = '9.9.9'; });
const del = attempt(() => { delete LLMOS.version; });
const define = attempt(() => Object.defineProperty(LLMOS, 'version', { value: 'x' }));
LLMOS.log = { info() {} };
({ assign, del, define, version: LLMOS.version, logStillReplaceable: typeof LLMOS.log.warn === 'undefined' })
