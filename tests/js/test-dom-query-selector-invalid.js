// expect: {"success": false, "error": {"name": "TypeError", "message": "TypeError: LLMOS.dom.querySelector: 'p:hover' is not a valid selector"}}
// options: {}
// A selector outside the supported grammar is a TypeError, not a silent null.
LLMOS.dom.querySelector('p:hover');
