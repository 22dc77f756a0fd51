# expect: {"success": true, "output": {"function": "[Function area]", "lambda": "[Function <lambda>]", "builtin": "[Function len]", "method": "[Function Shape.area]", "date": "2024-02-29", "datetime": "2024-02-29T13:05:09.250000", "time": "07:30:00"}}
# options: {}
# Functions come back as a JavaScript function does ("[Function name]", not a repr with an
# address that differs every run) and dates as ISO strings, as a JavaScript Date does.
import datetime


def area(r):
    return 3 * r * r


class Shape:
    def area(self):
        return 0


{"function": area, "lambda": lambda: 1, "builtin": len, "method": Shape().area,
 "date": datetime.date(2024, 2, 29), "datetime": datetime.datetime(2024, 2, 29, 13, 5, 9, 250000),
 "time": datetime.time(7, 30)}
