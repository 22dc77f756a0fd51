// expect: {"success": true, "output": {"format": true, "unique": 5000, "type": "string", "recentTimestamp": true}}
// options: {}
// uid() returns strings like 1703012345678-abc123 (millisecond timestamp, dash, base-36 suffix), unique across 5000 calls.
const ids = new Set();
let format = true;
for (let i = 0; i < 5000; i++) {
  const id = LLMOS.utils.uid();
  if (!/^\d{13}-[a-z0-9]+$/.test(id)) format = false;
  ids.add(id);
}
const ts = Number(LLMOS.utils.uid().split('-')[0]);
({ format, unique: ids.size, type: typeof LLMOS.utils.uid(), recentTimestamp: Math.abs(ts - Date.now()) < 60000 })
