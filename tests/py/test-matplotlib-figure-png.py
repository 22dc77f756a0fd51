# expect: {"success": true, "output": null, "images": [{"id": "figure-1", "mime": "image/png", "width": 400, "height": 300, "data": {"$regex": "^iVBORw0KGgo"}}]}
# options: {}
# A matplotlib figure left open comes back as a PNG in `images`; a final `;` hides the value (as in Jupyter).
import matplotlib.pyplot as plt
import numpy as np
fig = plt.figure(figsize=(4, 3), dpi=100)
x = np.linspace(0, 6.28, 50)
plt.plot(x, np.sin(x), label="sin")
plt.title("A sine")
plt.legend();
