#pragma once
// The LLMOS API inside the sandbox (CONTRACT §4): each artifact gets its own instance.
#include "engine/context.hpp"

namespace llmos::kernel {

inline constexpr const char* kApiVersion = "0.1.0";

// Installs `LLMOS` and the globals that go with it (console, timers) into a fresh context.
void install_api(engine::Context& ctx);

}  // namespace llmos::kernel
