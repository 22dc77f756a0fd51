// expect: {"success": true, "output": null, "error": null}
// options: {}
// A program whose completion value is undefined (a declaration) succeeds with output null.
const x = 3;
