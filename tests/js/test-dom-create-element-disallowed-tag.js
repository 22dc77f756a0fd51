// expect: {"success": false, "error": {"name": "TypeError", "kind": "runtime", "message": "TypeError: LLMOS.dom.createElement: <script> is not allowed (allowed: div, span, p, h1, h2, h3, canvas, svg, button; use setInnerHTML for other markup)"}, "dom": null}
// options: {}
// Tags outside the allowlist are a TypeError, and nothing is built.
LLMOS.dom.createElement('script', { textContent: 'alert(1)' });
