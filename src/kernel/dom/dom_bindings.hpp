#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// Installs LLMOS.dom (on `llmos`): createElement(tag, props), querySelector(sel),
// querySelectorAll(sel) and setInnerHTML(selectorOrElement, html), over the artifact's own
// element tree under <div id="artifact-{id}">. Elements are objects backed by the C++ tree
// (appendChild, remove, setAttribute, getAttribute, removeAttribute, hasAttribute,
// querySelector, querySelectorAll; id, className, textContent/innerText, innerHTML, outerHTML,
// style, tagName, parentElement, children). When the artifact changed its DOM, the result's
// `dom` is the serialized container. Nothing is built before the first call.
void install_dom(engine::Context& ctx, JSValueConst llmos);

}  // namespace llmos::kernel
