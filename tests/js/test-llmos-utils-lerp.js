// expect: {"success": true, "output": [5, 2, 4, 20, -10, 7.5]}
// options: {}
// lerp(a, b, t) is a + (b - a) * t (t is not clamped).
const { lerp } = LLMOS.utils;
[lerp(0, 10, 0.5), lerp(2, 4, 0), lerp(2, 4, 1), lerp(0, 10, 2), lerp(0, 10, -1), lerp(5, 10, 0.5)]
