// expect: {"success": true, "output": ["TypeError", "RangeError", "RangeError", "TypeError", "RangeError", "TypeError", "RangeError", "TypeError", "TypeError", "RangeError", "TypeError", "RangeError", "TypeError", "TypeError", "RangeError", "TypeError"], "images": [{"id": "canvas-1"}]}
// options: {}
// Bad arguments are TypeErrors (wrong type, unknown keyword or colour) or RangeErrors (bad value), never ignored or a crash; unsupported properties fail loudly (the context is not extensible).
const ctx = LLMOS.viz.createCanvas(10, 10).getContext('2d');
const attempts = [
  () => LLMOS.viz.createCanvas('a', 1),
  () => LLMOS.viz.createCanvas(0, 10),
  () => LLMOS.viz.createCanvas(NaN, 10),
  () => { ctx.fillStyle = 'notacolor'; },
  () => ctx.fillRect(0, 0, NaN, 1),
  () => ctx.fillRect(0, 0),
  () => { ctx.lineWidth = -1; },
  () => { ctx.font = 'huge'; },
  () => { ctx.textAlign = 'middle'; },
  () => ctx.arc(0, 0, -1, 0, 1),
  () => { ctx.shadowBlur = 3; },
  () => { ctx.globalAlpha = 2; },
  () => ctx.fillRect.call({}, 0, 0, 1, 1),
  () => { ctx.fillStyle = 42; },
  () => ctx.setLineDash([1, -2]),
  () => ctx.fill('sideways'),
];
attempts.map((f) => { try { f(); return 'no error'; } catch (e) { return e.name; } });
