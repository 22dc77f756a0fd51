// expect: {"success": true, "output": ["TypeError: LLMOS.dom.setInnerHTML: no element matches '#missing'", "TypeError: LLMOS.dom.setInnerHTML: the target must be a selector or an element", "TypeError: LLMOS.dom.setInnerHTML: the HTML must be a string", "TypeError: LLMOS.dom.setInnerHTML: '##' is not a valid selector"]}
// options: {}
// setInnerHTML refuses a selector that matches nothing, a target that is neither a selector nor an element, and HTML that is not a string.
const calls = [
  () => LLMOS.dom.setInnerHTML('#missing', '<p>x</p>'),
  () => LLMOS.dom.setInnerHTML(42, '<p>x</p>'),
  () => LLMOS.dom.setInnerHTML('#artifact-default', 42),
  () => LLMOS.dom.setInnerHTML('##', ''),
];
calls.map((f) => { try { f(); return 'no error'; } catch (e) { return String(e); } });
