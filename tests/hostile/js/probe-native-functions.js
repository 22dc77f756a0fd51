// expect: {"success": true, "output": {"found": []}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Walking every object reachable from globalThis (properties, prototypes, getters, function data) finds no host-only capability: nothing named like std/os/execSync/open/readFile/system/spawn/loadScript/evalScript.
const bad = /^(std|os|execSync|open|readFile|writeFile|system|spawn|popen|loadScript|evalScript|loadFile|getenv|setenv|chdir|kill|sleepAsync|__host.*)$/;
const seen = new Set();
const found = [];
const stack = [globalThis];
while (stack.length && seen.size < 20000) {
  const o = stack.pop();
  if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
  seen.add(o);
  let keys = [];
  try { keys = Reflect.ownKeys(o); } catch {}
  for (const k of keys) {
    if (typeof k === 'string' && bad.test(k)) found.push(k);
    let d;
    try { d = Object.getOwnPropertyDescriptor(o, k); } catch { continue; }
    if (!d) continue;
    for (const v of [d.value, d.get, d.set]) if (v) stack.push(v);
  }
  try { stack.push(Object.getPrototypeOf(o)); } catch {}
}
({ found })
