// expect: {"success": true, "output": {"q": null}, "dom": null}
// options: {}
// A run that only queries (or never uses LLMOS.dom) has dom: null.
({ q: LLMOS.dom.querySelector('p') });
