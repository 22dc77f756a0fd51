// expect: {"success": true, "output": 30, "logs": ["Sum: 30"], "stderr": [], "error": null, "executionTime": {"$type": "number"}, "memoryUsed": {"$type": "number"}}
// options: {"artifactId": "my-artifact"}
// The seed's "Basic Execution" example: output 30, logs ['Sum: 30'], with executionTime and memoryUsed as numbers.
  const x = 10;
  const y = 20;
  console.log('Sum:', x + y);
  x + y;
