// expect: {"success": true, "output": ["a", 2]}
// options: {"timeoutMs": 1000}
// Extra setTimeout arguments are passed to the callback, as in browsers and Node.
const got = await new Promise((resolve) => setTimeout((x, y) => resolve([x, y]), 1, 'a', 2));
got
