// expect: {"success": true, "output": "TypeError: LLMOS.dom.createElement: HTML elements cannot go inside SVG, and SVG shapes only inside <svg> (use setInnerHTML on the <svg> to draw shapes)", "dom": "<div id=\"artifact-default\"><svg></svg></div>"}
// options: {}
// HTML elements cannot be put inside an <svg> (a browser would move them out, so the DOM would not be what the artifact built).
const svg = LLMOS.dom.createElement('svg');
try { LLMOS.dom.createElement('div', { parent: svg }); } catch (e) { String(e); }
