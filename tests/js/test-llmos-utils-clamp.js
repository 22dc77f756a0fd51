// expect: {"success": true, "output": [100, 0, 50, 0, 100, -5, 2.5]}
// options: {}
// clamp(v, min, max) bounds v to [min, max].
const { clamp } = LLMOS.utils;
[clamp(150, 0, 100), clamp(-5, 0, 100), clamp(50, 0, 100), clamp(0, 0, 100), clamp(100, 0, 100), clamp(-10, -5, 5), clamp(2.5, 1, 3)]
