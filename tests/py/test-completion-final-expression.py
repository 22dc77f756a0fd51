# expect: {"success": true, "output": 4, "language": "python", "error": null}
# options: {}
# The value of a final expression is the output, as in Jupyter.
x = 2
x + 2
