// expect: {"success": false, "error": {"message": "Error: after building"}, "dom": "<div id=\"artifact-default\"><p>built</p></div>"}
// options: {}
// What the artifact built before it failed is still in the result's dom.
LLMOS.dom.createElement('p', { textContent: 'built' });
throw new Error('after building');
