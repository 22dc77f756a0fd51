#pragma once
// The LLMOS API inside the sandbox (CONTRACT §4): each artifact gets its own instance.
#include "engine/context.hpp"
#include "kernel/kernel_state.hpp"

namespace llmos::kernel {

inline constexpr const char* kApiVersion = "0.1.0";

// Installs `LLMOS` and the globals that go with it (console, timers) into a fresh context.
void install_api(engine::Context& ctx);

// Sets who the next execution in `ctx` belongs to (artifact id, data dir).
inline void configure(engine::Context& ctx, KernelConfig config) {
  kernel_state(ctx).config = std::move(config);
}

}  // namespace llmos::kernel
