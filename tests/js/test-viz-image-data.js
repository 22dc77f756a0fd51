// expect: {"success": true, "output": {"blank": [16, 0], "red": [255, 0, 0, 255], "half": [0, 0, 255, 128], "put": [10, 20, 30, 255], "outside": [0, 0, 0, 0], "corner": [0, 0, 0, 0], "inside": [0, 128, 0, 255]}, "images": [{"id": "canvas-1", "width": 20, "height": 20}]}
// options: {}
// getImageData/putImageData/createImageData work on canvas pixels (RGBA, not premultiplied), ignoring the transform; roundRect rounds its corners.
const canvas = LLMOS.viz.createCanvas(20, 20);
const ctx = canvas.getContext('2d');
const blank = ctx.createImageData(2, 2);
ctx.translate(100, 100);  // ignored by getImageData/putImageData
ctx.resetTransform();
ctx.fillStyle = 'red';
ctx.fillRect(0, 0, 5, 5);
ctx.fillStyle = 'rgba(0, 0, 255, 0.5)';
ctx.fillRect(5, 0, 5, 5);
const img = ctx.createImageData(3, 3);
for (let i = 0; i < img.data.length; i += 4) img.data.set([10, 20, 30, 255], i);
ctx.translate(50, 50);
ctx.putImageData(img, 10, 0);
ctx.resetTransform();
ctx.fillStyle = 'green';
ctx.beginPath();
ctx.roundRect(0, 10, 10, 10, 5);
ctx.fill();
const px = (x, y) => Array.from(ctx.getImageData(x, y, 1, 1).data);
({
  blank: [blank.data.length, blank.data.reduce((a, b) => a + b, 0)],
  red: px(1, 1), half: px(7, 1), put: px(11, 1), outside: px(-5, -5),
  corner: px(0, 10), inside: px(5, 15),
});
