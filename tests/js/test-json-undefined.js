// expect: {"success": true, "output": {"u": null, "arr": [null, 1, null], "nested": {"deep": null}}}
// options: {}
// undefined becomes null, in objects and arrays alike (holes too).
({ u: undefined, arr: [undefined, 1, , ], nested: { deep: void 0 } })
