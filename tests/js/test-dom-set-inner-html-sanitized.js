// expect: {"success": true, "dom": "<div id=\"artifact-default\"><div id=\"out\"><h2>Report</h2><p>ok <b>bold</b></p><img src=\"x\"><a>link</a><a href=\"https://example.com\">safe</a><ul><li>one</li></ul></div></div>"}
// options: {}
// setInnerHTML parses with a real HTML5 parser and keeps only the allowlist: no script, no event handlers, no javascript: URLs.
LLMOS.dom.createElement('div', { id: 'out' });
LLMOS.dom.setInnerHTML('#out', '<h2>Report</h2><script>alert(1)</script><p onclick="alert(1)">ok <b>bold</b></p>' +
  '<img src=x onerror=alert(1)><a href="javascript:alert(1)">link</a><a href="https://example.com">safe</a>' +
  '<iframe srcdoc="<script>alert(1)</script>"></iframe><ul><li>one</li></ul><style>body{}</style>');
