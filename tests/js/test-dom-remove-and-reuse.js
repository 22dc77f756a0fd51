// expect: {"success": true, "output": {"gone": null, "kept": "kept"}, "dom": "<div id=\"artifact-default\"><div id=\"c\"><p id=\"p\">kept</p></div></div>"}
// options: {}
// remove() takes an element out of the DOM; the element object stays usable and can be appended again.
const p = LLMOS.dom.createElement('p', { id: 'p', textContent: 'kept' });
p.remove();
const gone = LLMOS.dom.querySelector('#p');
const c = LLMOS.dom.createElement('div', { id: 'c' });
c.appendChild(p);
({ gone, kept: LLMOS.dom.querySelector('#c p').textContent });
