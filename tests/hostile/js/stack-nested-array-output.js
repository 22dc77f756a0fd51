// expect: {"success": true, "output": {"$type": "array"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 64}
// A 100,000-deep nested array as the completion value gives a result (depth-capped), never a native stack overflow in the converter.
let a = [];
for (let i = 0; i < 100000; i++) a = [a];
a
