// expect: {"success": true, "output": {"bg": "", "pos": "", "width": "10px", "css": "width: 10px;"}, "dom": "<div id=\"artifact-default\"><div style=\"width: 10px;\"></div></div>"}
// options: {}
// CSS that could load or run something (url(), expression(), behavior, position: fixed over the page) is ignored, as browsers ignore invalid CSS.
const el = LLMOS.dom.createElement('div', { style: 'background: url(javascript:alert(1)); width: 10px; behavior: url(x.htc)' });
el.style.background = 'url(https://evil.example/track.png)';
el.style.position = 'fixed';
el.style.width = 'expression(alert(1))';
({ bg: el.style.background, pos: el.style.position, width: el.style.width, css: el.style.cssText });
