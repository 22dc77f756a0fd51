// expect: {"success": true, "output": ["plot-1", "plot-2", "plot-3", "plot-4"], "images": [{"mime": "image/svg+xml"}, {"width": 300, "height": 200}, {}, {}]}
// options: {}
// The data shapes plot() takes: numbers, {x, y}, category names, several series; bar, scatter, sizes, gaps (null).
[
  LLMOS.viz.plot([3, 1, 4, 1, 5, null, 9]).id,
  LLMOS.viz.plot({ x: ['Mon', 'Tue', 'Wed'], y: [3, 5, 2] }, { type: 'bar', width: 300, height: 200 }).id,
  LLMOS.viz.plot({ x: [1, 2, 3], y: [2, 4, 1], label: 'pts', color: 'crimson' }, { type: 'scatter', legend: true }).id,
  LLMOS.viz.plot([{ y: [1, 2] }, { y: [2, 1] }], { type: 'bar', colors: ['#333', 'orange'], grid: false }).id,
];
