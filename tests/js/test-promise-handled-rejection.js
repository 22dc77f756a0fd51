// expect: {"success": true, "output": "recovered: handled", "error": null}
// options: {"timeoutMs": 1000}
// A rejection that is handled (catch attached in the same tick) does not fail the run.
const p = Promise.reject(new Error('handled'));
const r = await p.catch((e) => 'recovered: ' + e.message);
r
