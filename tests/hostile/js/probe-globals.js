// expect: {"success": true, "output": {"forbidden": [], "undocumentedLlmosKeys": []}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// The global object (own and inherited names) exposes none of std/os/require/process/fetch/window/document/…; LLMOS has no members beyond the documented ones (version, log, utils, storage, dom, viz, quantum).
const forbidden = ['std', 'os', 'require', 'process', 'fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'WebSocket', 'eval', 'scriptArgs', 'print', 'module', 'exports', 'Deno', 'Bun', 'SharedArrayBuffer', 'Atomics', 'importScripts', 'global', 'self'];
const seen = new Set();
for (let o = globalThis; o; o = Object.getPrototypeOf(o)) for (const k of Reflect.ownKeys(o)) seen.add(String(k));
({ forbidden: forbidden.filter((k) => seen.has(k) || k in globalThis), undocumentedLlmosKeys: Reflect.ownKeys(LLMOS).map(String).filter((k) => !['version', 'log', 'utils', 'storage', 'dom', 'viz', 'quantum'].includes(k)) })
