// expect: {"success": true, "output": {"elapsed": true, "origin": true, "b": "aGVsbG8sIHdvcmxk", "a": "hello, world", "bin": [0, 255, 128], "ws": "hi", "nopad": "hi", "uuid": true, "random": true, "e1": "InvalidCharacterError", "e2": "InvalidCharacterError", "e3": "TypeMismatchError", "quota": "QuotaExceededError", "view": "TypeMismatchError"}}
// options: {}
// The Web globals Node has too and generated code uses without asking: performance.now() and
// timeOrigin, btoa/atob (Latin-1 strings, forgiving base64), crypto.getRandomValues (integer
// typed arrays, at most 65536 bytes) and randomUUID (version 4); errors named as in browsers.
const t0 = performance.now();
let s = 0; for (let i = 0; i < 1e5; i++) s += i;
const t1 = performance.now();
const u8 = crypto.getRandomValues(new Uint8Array(16));
let e1, e2, e3, quota, view;
try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { quota = e.name; }
try { crypto.getRandomValues(new DataView(new ArrayBuffer(4))); } catch (e) { view = e.name; }
try { btoa('€'); } catch (e) { e1 = e.name; }
try { atob('a'); } catch (e) { e2 = e.name; }
try { crypto.getRandomValues(new Float64Array(2)); } catch (e) { e3 = e.name; }
({
  elapsed: t1 >= t0 && t0 >= 0 && t1 < 5000,
  origin: Math.abs(performance.timeOrigin - Date.now()) < 5000,
  b: btoa('hello, world'), a: atob('aGVsbG8sIHdvcmxk'), bin: atob(btoa('\x00\xff\x80')).split('').map(c => c.charCodeAt(0)),
  ws: atob(' aGk \n'), nopad: atob('aGk'),
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
  random: u8.length === 16 && u8.some(x => x !== 0),
  e1, e2, e3, quota, view,
})
