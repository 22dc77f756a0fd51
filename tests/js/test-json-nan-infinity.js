// expect: {"success": true, "output": {"nan": null, "inf": null, "ninf": null, "arr": [null, null, 1.5], "zero": 0}}
// options: {}
// NaN and ±Infinity become null (JSON cannot hold them); -0 is 0.
({ nan: NaN, inf: Infinity, ninf: -Infinity, arr: [0 / 0, 1 / 0, 1.5], zero: -0 })
