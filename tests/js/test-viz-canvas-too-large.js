// expect: {"success": false, "error": {"name": "RangeError", "kind": "limit", "message": {"$regex": "width 2001 is over the limit of 2000 pixels"}, "line": 4}}
// options: {}
// Canvases are at most 2000 x 2000: larger is refused as a kernel limit.
LLMOS.viz.createCanvas(2001, 100);
