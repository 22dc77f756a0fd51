// expect: {"success": true, "output": {"defaults": ["#000000", "#000000", 1, "10px sans-serif", "start", "alphabetic", 1, "source-over", "butt", "miter"], "set": ["#ff0000", "rgba(0, 0, 255, 0.5)", "#336699", "#00ff00", "bold 16px sans-serif", "italic 16px serif", "center", 0.25, 3], "restored": ["#ff0000", 3, "center"], "dash": [4, 2, 4, 2]}}
// options: {}
// The context's state reads back as in browsers: colours normalised, fonts serialised, save()/restore() restoring them, an unbalanced restore() ignored.
const ctx = LLMOS.viz.createCanvas(10, 10).getContext('2d');
const defaults = [ctx.fillStyle, ctx.strokeStyle, ctx.lineWidth, ctx.font, ctx.textAlign, ctx.textBaseline, ctx.globalAlpha,
  ctx.globalCompositeOperation, ctx.lineCap, ctx.lineJoin];
ctx.fillStyle = 'red';
const set = [ctx.fillStyle];
ctx.fillStyle = 'rgba(0,0,255,0.5)'; set.push(ctx.fillStyle);
ctx.fillStyle = '#369'; set.push(ctx.fillStyle);
ctx.fillStyle = 'hsl(120 100% 50%)'; set.push(ctx.fillStyle);
ctx.font = 'bold 16px sans-serif'; set.push(ctx.font);
ctx.font = 'italic 12pt serif'; set.push(ctx.font);
ctx.textAlign = 'center'; set.push(ctx.textAlign);
ctx.globalAlpha = 0.25; set.push(ctx.globalAlpha);
ctx.lineWidth = 3; set.push(ctx.lineWidth);
ctx.fillStyle = 'red';
ctx.save();
ctx.fillStyle = 'blue'; ctx.lineWidth = 10; ctx.textAlign = 'left';
ctx.restore();
ctx.restore();
ctx.setLineDash([4, 2]);
({ defaults, set, restored: [ctx.fillStyle, ctx.lineWidth, ctx.textAlign], dash: [...ctx.getLineDash(), ...ctx.getLineDash()] });
