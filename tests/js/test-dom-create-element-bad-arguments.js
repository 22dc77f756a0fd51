// expect: {"success": true, "output": ["TypeError: LLMOS.dom.createElement: the tag must be a string", "TypeError: LLMOS.dom.createElement: <iframe> is not allowed (allowed: div, span, p, h1, h2, h3, canvas, svg, button; use setInnerHTML for other markup)", "TypeError: LLMOS.dom.createElement: props must be an object", "TypeError: LLMOS.dom.createElement: props.onclick is a function: event handlers cannot be used in artifacts", "TypeError: LLMOS.dom.createElement: attribute 'onmouseover' is not allowed: event handler attributes cannot be used in artifacts", "TypeError: LLMOS.dom.createElement: props.parent: no element matches '#nope'", "TypeError: LLMOS.dom.createElement: props.parent must be an element or a selector", "TypeError: LLMOS.dom.createElement: attribute 'href' is not allowed: attribute 'href' is not allowed on <div>"], "dom": null}
// options: {}
// Bad tags and props are TypeErrors naming the problem; an element refused for its props is not added.
const calls = [
  () => LLMOS.dom.createElement(1),
  () => LLMOS.dom.createElement('iframe'),
  () => LLMOS.dom.createElement('div', 'text'),
  () => LLMOS.dom.createElement('button', { onclick: () => 1 }),
  () => LLMOS.dom.createElement('div', { onmouseover: 'alert(1)' }),
  () => LLMOS.dom.createElement('div', { parent: '#nope' }),
  () => LLMOS.dom.createElement('div', { parent: 42 }),
  () => LLMOS.dom.createElement('div', { href: 'https://x' }),
];
calls.map((f) => { try { f(); return 'no error'; } catch (e) { return String(e); } });
