// expect: {"success": true, "output": {"plain": {"a": 1, "2": "two"}, "colliding": [[1, "number"], ["1", "string"]], "objectKeys": [[{"x": 1}, "first"], [[1, 2], "second"]]}}
// options: {}
// A Map becomes an object only when that loses nothing; 1 and "1", or object keys, would
// collapse into one JSON key, so such a Map comes back as its entries.
({
  plain: new Map([['a', 1], [2, 'two']]),
  colliding: new Map([[1, 'number'], ['1', 'string']]),
  objectKeys: new Map([[{ x: 1 }, 'first'], [[1, 2], 'second']]),
})
