# expect: {"success": false, "error": {"name": {"$regex": "MemoryError"}, "kind": "memory"}}
# options: {"memoryLimitMb": 64}
# One numpy allocation of 8 GB is refused at once.
import numpy as np
np.ones(10**9)
