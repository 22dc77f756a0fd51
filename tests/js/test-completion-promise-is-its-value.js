// expect: {"success": true, "output": {"rows": 3, "later": "timer", "pending": "[Promise]"}}
// options: {}
// A completion value that is a promise stands for what it settled to, as if the last line were
// awaited: an async function called last gives its result. A promise inside the value, or one
// that never settles, stays "[Promise]".
async function load() {
  await LLMOS.utils.sleep(5);
  return {
    rows: 3,
    later: await new Promise((resolve) => setTimeout(() => resolve('timer'), 5)),
    pending: new Promise(() => {}),
  };
}
load();
