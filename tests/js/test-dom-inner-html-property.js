// expect: {"success": true, "output": "<b>x</b><img src=\"https://example.com/a.png\">", "dom": "<div id=\"artifact-default\"><div><b>x</b><img src=\"https://example.com/a.png\"></div></div>"}
// options: {}
// element.innerHTML = ... goes through the same sanitizer, and reading it gives the sanitized HTML.
const el = LLMOS.dom.createElement('div');
el.innerHTML = '<b onmouseover="alert(1)">x</b><img src="https://example.com/a.png" onload="alert(1)"><script>alert(1)</script>';
el.innerHTML;
