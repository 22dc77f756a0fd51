// expect: {"success": true, "output": null, "images": [{"id": "canvas-1", "mime": "image/png"}, {"id": "plot-1", "mime": "image/svg+xml"}, {"id": "canvas-2", "mime": "image/png", "width": 7}]}
// options: {}
// Images come back in creation order, canvases as canvas-N and plots as plot-N, also for a canvas the artifact dropped.
LLMOS.viz.createCanvas(5, 5);
LLMOS.viz.plot([1, 2, 3]);
(() => { LLMOS.viz.createCanvas(7, 7).getContext('2d').fillRect(0, 0, 7, 7); })();
undefined;
