// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "message": {"$regex": "20001 points is over the limit of 20000 for a scatter chart"}}}
// options: {}
// Every scatter marker is its own shape in the SVG: more than 20000 of them is refused as a kernel limit.
LLMOS.viz.plot(Array.from({ length: 20001 }, (_, i) => i % 7), { type: 'scatter' });
