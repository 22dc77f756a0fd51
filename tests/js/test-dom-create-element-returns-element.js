// expect: {"success": true, "output": {"tag": "SPAN", "id": "s", "cls": "a", "text": "hi", "same": true, "parentIsContainer": true, "html": "<span id=\"s\" class=\"a\">hi</span>"}}
// options: {}
// The returned element is the one querySelector finds (the same object), with tagName, id, className, textContent, parentElement and outerHTML.
const el = LLMOS.dom.createElement('SPAN', { id: 's', className: 'a', textContent: 'hi' });
({ tag: el.tagName, id: el.id, cls: el.className, text: el.textContent, same: LLMOS.dom.querySelector('#s') === el,
   parentIsContainer: el.parentElement === LLMOS.dom.querySelector('#artifact-default'), html: el.outerHTML });
