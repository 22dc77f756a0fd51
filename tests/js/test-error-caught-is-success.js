// expect: {"success": true, "output": {"name": "RangeError", "message": {"$regex": "^[Ii]nvalid array length$"}}, "error": null}
// options: {}
// An error caught by the artifact does not fail the run.
let caught;
try { new Array(-1); } catch (e) { caught = { name: e.name, message: e.message }; }
caught
