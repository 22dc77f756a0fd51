// expect: {"success": true, "output": {"sorted": [1, 2, 3], "original": [3, 1, 2], "reversed": [2, 1, 3], "with": [9, 1, 2], "spliced": [1, 2], "typed": [1, 2, 3]}}
// options: {}
// ES2023 change-array-by-copy: toSorted, toReversed, with, toSpliced leave the original untouched.
const arr = [3, 1, 2];
({
  sorted: arr.toSorted(),
  original: arr,
  reversed: arr.toReversed(),
  with: arr.with(0, 9),
  spliced: arr.toSpliced(0, 1),
  typed: new Uint8Array([3, 1, 2]).toSorted(),
})
