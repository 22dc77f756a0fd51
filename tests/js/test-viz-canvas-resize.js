// expect: {"success": true, "output": ["#000000", 1], "images": [{"id": "canvas-1", "width": 50, "height": 20}]}
// options: {}
// Setting canvas.width resizes and clears the canvas and resets its context, as in browsers.
const canvas = LLMOS.viz.createCanvas(300, 150);
const ctx = canvas.getContext('2d');
ctx.fillStyle = 'red';
ctx.lineWidth = 5;
ctx.fillRect(0, 0, 300, 150);
canvas.width = 50;
canvas.height = 20;
[ctx.fillStyle, ctx.lineWidth];
