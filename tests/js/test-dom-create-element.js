// expect: {"success": true, "dom": "<div id=\"artifact-app\"><div id=\"card\" class=\"card big\"><h1>Title</h1><p style=\"color: red; font-size: 14px;\">Body &lt;b&gt;not bold&lt;/b&gt;</p><button type=\"button\">OK</button></div></div>"}
// options: {"artifactId": "app"}
// createElement appends to the container (or props.parent) with id, className, textContent, style and safe attributes; the result's dom is the serialized container.
const card = LLMOS.dom.createElement('div', { id: 'card', className: 'card big' });
LLMOS.dom.createElement('h1', { parent: card, textContent: 'Title' });
LLMOS.dom.createElement('p', { parent: card, textContent: 'Body <b>not bold</b>', style: { color: 'red', fontSize: '14px' } });
LLMOS.dom.createElement('button', { parent: '#card', type: 'button', textContent: 'OK' });
