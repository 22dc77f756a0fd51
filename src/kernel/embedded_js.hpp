#pragma once
// The JavaScript half of the kernel, compiled to bytecode at build time (CMakeLists.txt).
#include "engine/embedded_script.hpp"

namespace llmos::kernel::js {

extern const engine::EmbeddedScript inspect;  // log/inspect.js: Node's util.format/inspect
extern const engine::EmbeddedScript console;  // log/console.js: console and LLMOS.log

}  // namespace llmos::kernel::js
