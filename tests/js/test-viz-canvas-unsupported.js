// expect: {"success": true, "output": ["ok", {"$regex": "^TypeError: ctx.shadowBlur = 8: shadows are not supported"}, {"$regex": "^TypeError: ctx.shadowColor = 'black': shadows are not supported"}, {"$regex": "^TypeError: ctx.drawImage is not supported"}, {"$regex": "^TypeError: .*not extensible"}]}
// options: {}
// What the canvas does not implement fails loudly with a TypeError, except settings that change nothing (no shadow).
const ctx = LLMOS.viz.createCanvas(10, 10).getContext('2d');
const attempts = [
  () => { ctx.shadowBlur = 0; ctx.shadowColor = 'transparent'; ctx.filter = 'none'; },
  () => { ctx.shadowBlur = 8; },
  () => { ctx.shadowColor = 'black'; },
  () => ctx.drawImage({}, 0, 0),
  () => { ctx.somethingElse = 1; },
];
attempts.map((f, i) => { try { f(); return 'ok'; } catch (e) { return `${e.name}: ${e.message}`; } });
