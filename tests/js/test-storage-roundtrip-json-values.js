// expect: {"success": true, "output": [{"a": [1, "two", null, true, {"b": -1.5}]}, "h\u00e9llo \ud83d\ude00", 42, false, null, [], {}, "2024-01-02T03:04:05.000Z", {"n": null, "d": "2024-01-02T03:04:05.000Z"}]}
// options: {"dataDir": true}
// Every JSON type comes back as stored; Date and NaN go through JSON as JSON.stringify has them; undefined properties are dropped.
const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
const values = [{ a: [1, 'two', null, true, { b: -1.5 }] }, 'héllo 😀', 42, false, null, [], {}, d, { n: NaN, d, u: undefined }];
const out = [];
for (let i = 0; i < values.length; i++) {
  await LLMOS.storage.set('v' + i, values[i]);
  out.push(await LLMOS.storage.get('v' + i));
}
out;
