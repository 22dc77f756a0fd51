// expect: {"success": true, "output": {"size": [200, 100], "sameContext": true, "webgl": null, "tag": "CANVAS", "defaults": [300, 150], "notCanvas": "TypeError: element.getContext: only a <canvas> element has a drawing context", "tooWide": "RangeError: element.getContext: width 5000 is over the limit of 2000 pixels"}, "images": [{"id": "canvas-1", "mime": "image/png", "width": 200, "height": 100}], "dom": {"$regex": "^<div id=\"artifact-default\"><h1>Sales</h1><img id=\"chart\" width=\"200\" height=\"100\" data-llmos-canvas=\"canvas-1\" alt=\"canvas canvas-1\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\"><canvas></canvas><p></p><canvas width=\"5000\"></canvas></div>$"}}
// options: {}
// A <canvas> made with LLMOS.dom.createElement draws as in browsers: getContext('2d') gives its
// 2D context (the same one each time; null for other types), its size comes from its width and
// height (300 by 150 by default), and where it stands in the DOM its picture comes back as an
// <img>, and in images as PNG. A canvas never drawn on stays an empty <canvas>.
LLMOS.dom.createElement('h1', { textContent: 'Sales' });
const canvas = LLMOS.dom.createElement('canvas', { id: 'chart', width: 200, height: 100 });
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#3366cc';
ctx.fillRect(10, 10, 80, 60);
const blank = LLMOS.dom.createElement('canvas');
const p = LLMOS.dom.createElement('p');
let notCanvas, tooWide;
try { p.getContext('2d'); } catch (e) { notCanvas = e.name + ': ' + e.message; }
try { LLMOS.dom.createElement('canvas', { width: 5000 }).getContext('2d'); } catch (e) { tooWide = e.name + ': ' + e.message; }
({
  size: [canvas.width, canvas.height],
  sameContext: canvas.getContext('2d') === ctx,
  webgl: canvas.getContext('webgl'),
  tag: LLMOS.dom.querySelector('#chart').tagName,
  defaults: [blank.width, blank.height],
  notCanvas,
  tooWide,
});
