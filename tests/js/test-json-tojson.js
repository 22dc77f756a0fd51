// expect: {"success": true, "output": {"custom": "custom!", "point": {"x": 1, "y": 2}}}
// options: {}
// An object's own toJSON() is honoured, as JSON.stringify would.
class Point { constructor(x, y) { this.x = x; this.y = y; this.secret = 's'; } toJSON() { return { x: this.x, y: this.y }; } }
({ custom: { toJSON() { return 'custom!'; } }, point: new Point(1, 2) })
