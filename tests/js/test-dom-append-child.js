// expect: {"success": true, "output": ["moved", "TypeError: element.appendChild: an element cannot be put inside itself or one of its descendants", "TypeError: element.appendChild: the argument must be an element made by LLMOS.dom.createElement or a canvas made by LLMOS.viz.createCanvas", "TypeError: element.appendChild: the artifact's container cannot be moved or removed"], "dom": "<div id=\"artifact-default\"><div id=\"a\"></div><div id=\"b\"><span>s</span></div></div>"}
// options: {}
// appendChild moves an element; appending an ancestor, a non-element or the container is a TypeError.
const a = LLMOS.dom.createElement('div', { id: 'a' });
const b = LLMOS.dom.createElement('div', { id: 'b' });
const s = LLMOS.dom.createElement('span', { parent: a, textContent: 's' });
const out = [b.appendChild(s) === s && s.parentElement === b ? 'moved' : 'not moved'];
for (const f of [() => s.appendChild(b), () => a.appendChild({}), () => a.appendChild(LLMOS.dom.querySelector('#artifact-default'))]) {
  try { f(); out.push('no error'); } catch (e) { out.push(String(e)); }
}
out;
