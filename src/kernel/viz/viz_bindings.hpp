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

}  // namespace llmos::kernel
