// expect: {"success": true, "output": 1, "dom": "<div id=\"artifact-default\"><div id=\"list\"><p>999</p></div></div>"}
// options: {"memoryLimitMb": 16, "timeoutMs": 30000}
// Rebuilding the DOM in a loop frees what was replaced: 1000 rebuilds of 200 nodes (about 30 MB if nothing were freed) fit in a 16 MB artifact.
const list = LLMOS.dom.createElement('div', { id: 'list' });
for (let i = 0; i < 1000; i++) list.innerHTML = '<p>' + i + '</p>' + '<span>x</span>'.repeat(100);
const spans = list.querySelectorAll('span');
for (const s of spans) s.remove();
list.children.length;
