// expect: {"success": true, "output": {"epoch": "1970-01-01T00:00:00.000Z", "when": "2024-01-02T03:04:05.006Z", "list": ["2000-02-29T12:00:00.000Z"]}}
// options: {}
// A Date becomes its ISO string.
({ epoch: new Date(0), when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), list: [new Date('2000-02-29T12:00:00Z')] })
