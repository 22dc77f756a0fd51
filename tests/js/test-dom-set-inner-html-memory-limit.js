// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"memoryLimitMb": 16}
// HTML whose parse would take more memory than the artifact has left is an out-of-memory error of the artifact, not of the process.
LLMOS.dom.setInnerHTML('#artifact-default', '<i a b c d e f g h i j k>'.repeat(120000));
