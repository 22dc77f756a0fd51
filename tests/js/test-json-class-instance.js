// expect: {"success": true, "output": {"name": "Ada", "tags": ["x"]}}
// options: {}
// A class instance becomes its own enumerable properties; prototype methods are not included.
class Person { constructor() { this.name = 'Ada'; this.tags = ['x']; } greet() { return 'hi'; } }
new Person()
