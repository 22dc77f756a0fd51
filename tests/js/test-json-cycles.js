// expect: {"success": true, "output": {"name": "root", "self": "[Circular]", "child": {"parent": "[Circular]", "list": [1, "[Circular]"]}}}
// options: {}
// Cycles in the completion value become the string "[Circular]" instead of failing.
const root = { name: 'root' };
root.self = root;
root.child = { parent: root };
root.child.list = [1, root.child.list];
root.child.list[1] = root.child.list;
root
