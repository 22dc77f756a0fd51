// expect: {"success": true, "output": {"u8": [1, 2, 255], "i16": [-1, 300], "f64": [1.5, null], "f32": [0.5], "empty": []}}
// options: {}
// Typed arrays become plain JSON arrays (NaN elements become null).
({
  u8: new Uint8Array([1, 2, 255]),
  i16: new Int16Array([-1, 300]),
  f64: new Float64Array([1.5, NaN]),
  f32: new Float32Array([0.5]),
  empty: new Uint8Array(0),
})
