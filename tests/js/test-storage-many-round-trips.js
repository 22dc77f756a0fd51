// expect: {"success": true, "output": 200}
// options: {"dataDir": true}
// Many awaited set/get round trips in one run.
let ok = 0;
for (let i = 0; i < 200; i++) {
  await LLMOS.storage.set('k' + (i % 10), { i });
  if ((await LLMOS.storage.get('k' + (i % 10))).i === i) ok++;
}
ok;
