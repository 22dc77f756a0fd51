# expect: {"success": true, "output": null, "logs": []}
# options: {}
# A final statement (not an expression) gives no output.
x = 1
