// expect: {"success": false, "output": null, "error": {"message": {"$regex": "a plain string"}, "kind": "runtime"}}
// options: {}
// Throwing a non-Error value (a string) still fails the run cleanly with the value in the message.
throw 'a plain string';
