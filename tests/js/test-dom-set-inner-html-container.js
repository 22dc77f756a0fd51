// expect: {"success": true, "dom": "<div id=\"artifact-default\"><p>replaced</p></div>"}
// options: {}
// setInnerHTML on the container itself (by its #artifact-{id} selector or as an element) replaces everything in it.
LLMOS.dom.createElement('div', { textContent: 'old' });
LLMOS.dom.setInnerHTML('#artifact-default', '<p>first</p>');
LLMOS.dom.setInnerHTML(LLMOS.dom.querySelector('#artifact-default'), '<p>replaced</p>');
