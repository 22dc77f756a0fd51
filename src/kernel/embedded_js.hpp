#pragma once
// The JavaScript half of the kernel, compiled to bytecode at build time (CMakeLists.txt).
#include "engine/embedded_script.hpp"

namespace llmos::kernel::js {

extern const engine::EmbeddedScript inspect;  // log/inspect.js: Node's util.format/inspect
extern const engine::EmbeddedScript inspect_format;  // log/inspect_format.js: its formatter, read on first use
extern const engine::EmbeddedScript console;  // log/console.js: console and LLMOS.log
extern const engine::EmbeddedScript init;     // js/init.js: the first script of every context
extern const engine::EmbeddedScript stdlib;   // js/stdlib.js: helpers on LLMOS.utils

}  // namespace llmos::kernel::js
