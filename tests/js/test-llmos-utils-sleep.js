// expect: {"success": true, "output": {"waited": true, "value": null, "isPromise": true}}
// options: {}
// sleep(ms) returns a promise that resolves (to undefined) after at least ms milliseconds.
const p = LLMOS.utils.sleep(30);
const start = Date.now();
const value = await p;
({ waited: Date.now() - start >= 25, value, isPromise: p instanceof Promise })
