// expect: {"success": false, "logs": ["before 1", "before 2"], "stderr": ["warned"], "error": {"message": "Error: stop", "line": 7}}
// options: {}
// Console output produced before an uncaught error is kept in the failed result.
console.log('before', 1);
console.log('before', 2);
console.warn('warned');
throw new Error('stop');
