// expect: {"success": true, "output": {"positive": true, "double": true, "bigger": true}}
// options: {}
// measureText gives the advance width of the text in the current font.
const ctx = LLMOS.viz.createCanvas(10, 10).getContext('2d');
ctx.font = '20px sans-serif';
const a = ctx.measureText('Hello').width;
const b = ctx.measureText('HelloHello').width;
ctx.font = '40px sans-serif';
const c = ctx.measureText('Hello').width;
({ positive: a > 20, double: Math.abs(b - 2 * a) < 1e-6, bigger: Math.abs(c - 2 * a) < 1e-6 });
