// expect: {"success": true, "output": ["<span title=\"t\"></span>", "<button disabled=\"\">false</button>"]}
// options: {}
// A boolean prop is a boolean attribute, as `el.hidden = false` or a JSX prop: true gives it
// (empty), false leaves it out (the string "false" would hide the span in a browser).
const span = LLMOS.dom.createElement('span', { hidden: false, title: 't' });
const button = LLMOS.dom.createElement('button', { disabled: true, textContent: false });
[span.outerHTML, button.outerHTML];
