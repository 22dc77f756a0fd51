// expect: {"success": true, "output": {"color": "red", "bg": "rgb(1, 2, 3)", "css": "color: red; background-color: rgb(1, 2, 3); margin-top: 4px;", "removed": "4px", "keys": ["color", "backgroundColor"]}, "dom": "<div id=\"artifact-default\"><div style=\"color: red; background-color: rgb(1, 2, 3);\"></div></div>"}
// options: {}
// element.style works as in browsers for allowed properties: camelCase and dashed names, cssText, setProperty, getPropertyValue, removeProperty.
const el = LLMOS.dom.createElement('div');
el.style.color = 'red';
el.style['background-color'] = 'rgb(1, 2, 3)';
el.style.setProperty('margin-top', '4px');
const css = el.style.cssText;
const removed = el.style.removeProperty('margin-top');
({ color: el.style.color, bg: el.style.backgroundColor, css, removed, keys: Object.keys(el.style) });
