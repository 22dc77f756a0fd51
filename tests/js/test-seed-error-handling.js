// expect: {"success": false, "output": null, "error": {"name": "Error", "message": "Error: Intentional error", "line": 4, "kind": "runtime", "stack": {"$type": "string"}}, "logs": [], "stderr": []}
// options: {}
// Seed test 4 (Error Handling): a thrown Error fails the run cleanly; line 4 because the three header comment lines are part of the artifact source (line 1 of the seed's snippet).
throw new Error('Intentional error');
