// expect: {"success": true, "output": {"date": ["length", "name", "prototype", "now", "parse", "UTC"], "u8": ["length", "name", "prototype", "BYTES_PER_ELEMENT"], "sameBase": true, "toString": true, "iso": "2024-01-02T03:04:05.006Z", "bytes": 8}}
// options: {}
// Date and the typed arrays are created on first use; what an artifact can see of them (property order, the shared %TypedArray%, %TypedArray%.prototype.toString being Array.prototype.toString) is what a context made with them shows.
({
  date: Object.getOwnPropertyNames(Date),
  u8: Object.getOwnPropertyNames(Uint8Array),
  sameBase: Object.getPrototypeOf(Int16Array) === Object.getPrototypeOf(BigUint64Array),
  toString: Uint8Array.prototype.toString === Array.prototype.toString,
  iso: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)).toISOString(),
  bytes: new DataView(new ArrayBuffer(8)).byteLength,
})
