// expect: {"success": true, "output": ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError"]}
// options: {}
// clamp with missing or non-number arguments throws a TypeError inside the artifact (never a silently wrong result).
const out = [];
for (const args of [[], ['5', 0, 10], [5, 'a', 10], [5, 0, {}], [1n, 0, 2]]) {
  try { out.push('returned ' + LLMOS.utils.clamp(...args)); } catch (e) { out.push(e.name); }
}
out
