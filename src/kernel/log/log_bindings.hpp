#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// Installs the global `console` and `LLMOS.log` (on `llmos`), and the context's inspector.
void install_log(engine::Context& ctx, JSValueConst llmos);

}  // namespace llmos::kernel
