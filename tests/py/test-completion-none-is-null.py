# expect: {"success": true, "output": null, "logs": ["done"]}
# options: {}
# A final expression whose value is None (a print call) is null.
print("done")
