# expect: {"success": false, "error": {"name": "TimeoutError", "kind": "timeout", "message": {"$regex": "time limit of 500 ms"}}, "logs": ["started"]}
# options: {"timeoutMs": 500}
# An endless loop ends at the time limit; the output before it is kept.
print("started")
while True:
    pass
