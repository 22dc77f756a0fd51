# expect: {"success": true, "output": {"sum": 4950, "mean": 49.5, "matrix": [[7, 10], [15, 22]], "dtype": "float64", "scalar": 3, "nan": null}}
# options: {}
# numpy is importable; its scalars and arrays convert to JSON (NaN → null).
import numpy as np
a = np.arange(100)
m = np.array([[1, 2], [3, 4]])
{"sum": a.sum(), "mean": a.mean(), "matrix": m @ m, "dtype": str(np.linspace(0, 1, 3).dtype), "scalar": np.int32(3), "nan": np.float64("nan")}
