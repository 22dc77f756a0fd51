// expect: {"success": false, "error": {"name": "Error", "message": {"$regex": "\\.\\.\\. \\[llmos: truncated: 3000007 bytes\\]$"}, "stack": {"$regex": "truncated: \\d+ bytes\\]$"}}, "truncated": {"error": true, "output": false}}
// options: {"memoryLimitMb": 256}
// An error's message and stack are capped like the output (1 MB each, marked): a thrown 3 MB
// message would otherwise be in the result twice, uncapped.
throw new Error('s'.repeat(3e6));
