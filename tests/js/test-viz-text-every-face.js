// expect: {"success": true, "output": {"widths": [121.89, 139.15, 121.89, 139.15, 128.18, 142, 128.18, 142, 144.49, 144.49, 144.49, 144.49], "drawn": true, "boldIsDarker": true}}
// options: {}
// Every face text is drawn with (DejaVu Sans, Serif, Sans Mono; regular, bold, italic, bold
// italic) is there and draws. The corpus also runs in a sandboxed worker process, which has no
// file system once it runs artifacts: a face it failed to keep open measures 0 and draws nothing.
const c = LLMOS.viz.createCanvas(400, 30), g = c.getContext('2d');
const widths = [], ink = [];
for (const family of ['sans-serif', 'serif', 'monospace'])
  for (const style of ['normal', 'italic'])
    for (const weight of ['normal', 'bold']) {
      g.clearRect(0, 0, 400, 30);
      g.font = `${style} ${weight} 20px ${family}`;
      widths.push(Math.round(g.measureText('Hello, World').width * 100) / 100);
      g.fillText('Hello, World', 2, 22);
      const d = g.getImageData(0, 0, 400, 30).data;
      let s = 0;
      for (let i = 3; i < d.length; i += 4) s += d[i];
      ink.push(s);
    }
({ widths, drawn: ink.every(s => s > 100000), boldIsDarker: ink.every((s, i) => i % 2 === 0 || s > ink[i - 1]) })
