#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// The small part of the Web platform that Node has too and that generated code reaches for
// without a second thought: performance.now() and timeOrigin (from the run's start),
// atob/btoa, crypto.getRandomValues/randomUUID, structuredClone. Globals, each made on first
// use; none reaches anything outside the artifact.
void install_web(engine::Context& ctx);

}  // namespace llmos::kernel
