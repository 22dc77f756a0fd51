// expect: {"success": true, "output": {"uid": {"$regex": "^\\d{13}-[a-z0-9]+$"}, "clamped": 100}, "logs": [{"$regex": "^UID: \\d{13}-[a-z0-9]+$"}], "stderr": []}
// options: {}
// Seed test 3 (LLMOS APIs): uid() looks like 1703012345678-abc123, clamp(150, 0, 100) is 100, LLMOS.log.info goes to logs, and the final `{ uid, clamped };` block is taken as an object literal.
const uid = LLMOS.utils.uid();
const clamped = LLMOS.utils.clamp(150, 0, 100);
LLMOS.log.info('UID: ' + uid);
{ uid, clamped };
