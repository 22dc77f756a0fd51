#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// Installs LLMOS.utils (on `llmos`) and the global timers: setTimeout, clearTimeout,
// setInterval, clearInterval, queueMicrotask. All run on the context's event loop.
void install_utils(engine::Context& ctx, JSValueConst llmos);

}  // namespace llmos::kernel
