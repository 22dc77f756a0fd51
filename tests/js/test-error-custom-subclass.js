// expect: {"success": false, "error": {"name": "ValidationError", "message": "ValidationError: field 'age' must be positive", "kind": "runtime", "line": {"$type": "number"}}}
// options: {}
// An Error subclass that sets its own name is reported with that name, and message is `Name: text`.
class ValidationError extends Error {
  constructor(msg) { super(msg); this.name = 'ValidationError'; }
}
throw new ValidationError("field 'age' must be positive");
