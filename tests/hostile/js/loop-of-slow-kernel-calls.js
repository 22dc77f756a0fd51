// expect: {"success": false, "error": {"kind": "timeout", "line": 9}, "logs": ["start"], "dom": {"$regex": "<p>kept</p>"}, "executionTime": {"$below": 4000}}
// options: {"timeoutMs": 300}
// A loop of native calls that take a millisecond or more each (a full-canvas fill) stops at the
// time limit, keeping its logs and DOM: QuickJS polls the clock only every 10,000 calls, which
// here would be tens of seconds; at the deadline the engine asks it to poll at once.
console.log('start');
LLMOS.dom.createElement('p', { textContent: 'kept' });
const g = LLMOS.viz.createCanvas(1500, 1500).getContext('2d');
for (;;) {
  g.fillRect(0, 0, 1500, 1500);
}
