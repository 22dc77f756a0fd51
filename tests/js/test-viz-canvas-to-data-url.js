// expect: {"success": true, "output": {"$regex": "^data:image/png;base64,iVBORw0KGgo"}}
// options: {}
// toDataURL() gives the canvas as a PNG data URL.
const canvas = LLMOS.viz.createCanvas(4, 4);
canvas.getContext('2d').fillRect(0, 0, 2, 2);
canvas.toDataURL();
