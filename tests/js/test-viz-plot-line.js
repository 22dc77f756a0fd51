// expect: {"success": true, "output": {"id": "plot-1", "mime": "image/svg+xml", "width": 640, "height": 400}, "images": [{"id": "plot-1", "mime": "image/svg+xml", "width": 640, "height": 400, "data": {"$type": "string"}}]}
// options: {}
// plot() draws a line chart and returns where it is; the SVG comes back in images.
const x = Array.from({ length: 50 }, (_, i) => i / 5);
LLMOS.viz.plot([{ x, y: x.map(Math.sin), label: 'sin' }, { x, y: x.map(Math.cos), label: 'cos' }],
  { title: 'Waves', xlabel: 'x', ylabel: 'y' });
