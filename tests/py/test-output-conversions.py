# expect: {"success": true, "output": {"tuple": [1, 2], "set": [1, 2, 3], "inf": null, "big": "123456789012345678901234567890", "obj": {"$regex": "^<__main__.Point object at"}, "nested": {"1": [true, null]}, "cycle": [1, "[Circular]"], "complex": "(1+2j)"}}
# options: {}
# Values JSON cannot hold: tuples and sets → arrays, inf → null, huge ints → strings, objects → repr, cycles marked.
class Point:
    pass
c = [1]
c.append(c)
{"tuple": (1, 2), "set": {3, 1, 2}, "inf": float("inf"), "big": 123456789012345678901234567890, "obj": Point(), "nested": {1: [True, None]}, "cycle": c, "complex": 1 + 2j}
