// expect: {"success": true, "output": null}
// options: {}
// A NaN completion value becomes null.
Math.sqrt(-1)
