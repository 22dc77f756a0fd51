// expect: {"success": true, "output": ["TypeError: element.id: the id of the artifact's container cannot be changed", "TypeError: element.remove: the artifact's container cannot be removed", "TypeError: element.removeAttribute: the id of the artifact's container cannot be removed"], "dom": "<div id=\"artifact-default\" class=\"theme-dark\"></div>"}
// options: {}
// The container can be styled and classed but keeps its id and its place.
const c = LLMOS.dom.querySelector('#artifact-default');
c.className = 'theme-dark';
const out = [];
for (const f of [() => { c.id = 'other'; }, () => c.remove(), () => c.removeAttribute('id')]) {
  try { f(); out.push('no error'); } catch (e) { out.push(String(e)); }
}
out;
