#pragma once
#include <optional>
#include <string>

#include "engine/context.hpp"

namespace llmos::kernel {

// Installs LLMOS.viz (on `llmos`): createCanvas(w, h) with its 2D context, and plot(data,
// options). Every canvas and plot comes back in the result's `images` when the execution ends,
// in creation order ("canvas-1" as PNG, "plot-1" as SVG).
void install_viz(engine::Context& ctx, JSValueConst llmos);

// The image id ("canvas-2") of a canvas made by LLMOS.viz.createCanvas, for whoever shows the
// canvas elsewhere (the DOM); nullopt for any other value.
std::optional<std::string> canvas_image_id(JSContext* c, JSValueConst value);

// A new canvas, as LLMOS.viz.createCanvas(width, height) makes it (counted, limited, and in the
// result's `images`), for a <canvas> element of LLMOS.dom; JS_EXCEPTION with the error pending.
JSValue create_canvas(JSContext* c, int width, int height, const char* fn);

// getContext(type) of a canvas made by create_canvas: its 2D context, or null for another type.
JSValue canvas_get_context(JSContext* c, JSValueConst canvas, JSValueConst type);

// Resizes such a canvas (clearing it), as setting its width or height does.
bool canvas_resize(JSContext* c, JSValueConst canvas, int width, int height, const char* fn);

}  // namespace llmos::kernel
