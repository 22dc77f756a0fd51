// expect: {"success": true, "output": {"n": 2, "tags": ["P", "SPAN"], "parentOfContainer": null, "isArray": true}}
// options: {}
// children lists the element children; the container has no parentElement.
const d = LLMOS.dom.createElement('div');
LLMOS.dom.createElement('p', { parent: d });
d.appendChild(LLMOS.dom.createElement('span'));
({ n: d.children.length, tags: d.children.map((c) => c.tagName), parentOfContainer: d.parentElement.parentElement,
   isArray: Array.isArray(d.children) });
