// expect: {"success": true, "output": ["TypeError: element.setAttribute: attribute 'onclick' is not allowed: event handler attributes cannot be used in artifacts", "TypeError: element.setAttribute: attribute 'formaction' is not allowed: attribute 'formaction' loads or runs something and is not allowed", "ok"], "dom": {"$regex": "^<div id=\"artifact-default\"><button data-x=\"1\" aria-label=\"Go\" title=\"t\">Go</button></div>$"}}
// options: {}
// setAttribute applies the attribute allowlist: event handlers and URL-loading attributes are TypeErrors.
const b = LLMOS.dom.createElement('button', { textContent: 'Go' });
const out = [];
for (const [n, v] of [['onclick', 'alert(1)'], ['formaction', 'javascript:alert(1)']]) {
  try { b.setAttribute(n, v); out.push('no error'); } catch (e) { out.push(String(e)); }
}
b.setAttribute('data-x', 1);
b.setAttribute('aria-label', 'Go');
b.setAttribute('title', 't');
out.push(b.getAttribute('data-x') === '1' && b.hasAttribute('title') && b.getAttribute('nope') === null ? 'ok' : 'bad');
out;
