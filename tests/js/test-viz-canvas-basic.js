// expect: {"success": true, "output": {"width": 100, "height": 50, "same": true, "back": true}, "images": [{"id": "canvas-1", "mime": "image/png", "width": 100, "height": 50, "data": {"$regex": "^iVBORw0KGgo"}}]}
// options: {}
// A canvas drawn with the 2D context comes back in images as a PNG; getContext('2d') gives the same context each time.
const canvas = LLMOS.viz.createCanvas(100, 50);
const ctx = canvas.getContext('2d');
ctx.fillStyle = 'steelblue';
ctx.fillRect(10, 10, 30, 30);
ctx.beginPath();
ctx.arc(70, 25, 15, 0, Math.PI * 2);
ctx.fill();
ctx.font = 'bold 12px sans-serif';
ctx.fillText('Hi', 5, 45);
({ width: canvas.width, height: canvas.height, same: ctx === canvas.getContext('2d'), back: ctx.canvas === canvas });
