// expect: {"success": true, "output": "[Function compute]"}
// options: {}
// A function as the completion value becomes "[Function name]".
function compute() { return 1; }
compute
