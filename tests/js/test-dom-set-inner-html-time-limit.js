// expect: {"success": false, "error": {"kind": "timeout"}, "executionTime": {"$type": "number"}}
// options: {"timeoutMs": 300}
// Deeply nested HTML makes the HTML parser slow; the time limit still stops it.
LLMOS.dom.setInnerHTML('#artifact-default', '<div>'.repeat(400000));
