# expect: {"success": true, "output": {"plain": {"a": 1, "2": "two"}, "colliding": [[1, "number"], ["1", "string"]]}, "language": "python"}
# options: {}
# A dict's keys become JSON keys only when no two have the same text: {1: .., "1": ..} comes
# back as its entries instead of losing one of them.
{"plain": {"a": 1, 2: "two"}, "colliding": {1: "number", "1": "string"}}
