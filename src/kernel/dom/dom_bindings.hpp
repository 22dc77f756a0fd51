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
// `appendChild` also takes a canvas of LLMOS.viz.createCanvas: it marks where the canvas goes.
void install_dom(engine::Context& ctx, JSValueConst llmos);

// Finishes the result's `dom`: every canvas image (PNG in result.images) appears as an <img>
// (where the artifact appended the canvas, else at the end of the container), then the
// container is serialized if the artifact changed it. Registered after every module that adds
// images, so that it sees all of them.
void finish_dom(engine::Context& ctx, RunResult& result);

}  // namespace llmos::kernel
