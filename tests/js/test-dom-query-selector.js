// expect: {"success": true, "output": {"container": "artifact-q1", "byTag": "first", "byClass": "second", "descendant": "second", "child": "first", "list": 2, "missing": null, "scoped": "second"}}
// options: {"artifactId": "q1"}
// querySelector: the container matches its own #artifact-{id}; tag, #id, .class, descendant and child selectors; null when nothing matches; element.querySelector searches inside the element.
const box = LLMOS.dom.createElement('div', { id: 'box' });
LLMOS.dom.createElement('p', { parent: box, textContent: 'first' });
const inner = LLMOS.dom.createElement('div', { parent: box });
LLMOS.dom.createElement('p', { parent: inner, className: 'note', textContent: 'second' });
({
  container: LLMOS.dom.querySelector('#artifact-q1').id,
  byTag: LLMOS.dom.querySelector('p').textContent,
  byClass: LLMOS.dom.querySelector('.note').textContent,
  descendant: LLMOS.dom.querySelector('#box div p').textContent,
  child: LLMOS.dom.querySelector('#box > p').textContent,
  list: LLMOS.dom.querySelectorAll('p').length,
  missing: LLMOS.dom.querySelector('h1'),
  scoped: inner.querySelector('p').textContent,
});
