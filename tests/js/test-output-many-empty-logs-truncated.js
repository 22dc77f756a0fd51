// expect: {"success": true, "output": "done", "truncated": {"logs": true}, "logs": {"$type": "array"}}
// options: {"timeoutMs": 30000}
// The logs cap counts each entry's JSON framing too: 360,000 empty lines are over 1 MB of
// result (["","",...]) although they hold no text.
for (let i = 0; i < 360000; i++) console.log('');
'done';
