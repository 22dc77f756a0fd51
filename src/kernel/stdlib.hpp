#pragma once
// The JavaScript half of the LLMOS API (js/init.js, js/stdlib.js), compiled to QuickJS bytecode at
// build time. The boot sequence installs it into the system volume and loads it from there
// (executor/boot.cpp); every context runs init.js right after install_api(), and stdlib.js when
// an artifact first calls one of its helpers.
#include <quickjs.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmos::engine {
class Context;
}

namespace llmos::kernel {

struct StdlibFile {
  const char* file_name;       // its name in <data dir>/system/kernel/: "init.jsbc"
  std::string_view embedded;   // the bytecode built into this binary
};

// init.js, then stdlib.js: the order they run in.
const std::array<StdlibFile, 2>& stdlib_files();

// The bytecode one context runs, one entry per stdlib_files() entry. QuickJS reads bytecode in
// place (its functions keep pointing into the buffer), so whoever holds a Stdlib keeps the bytes
// alive: an execution holds its Stdlib until its runtime is gone.
//
// QuickJS's bytecode reader trusts its input, so only bytes equal to the embedded copy may ever
// get here: the boot sequence compares what it read from disk before building a Stdlib of it.
struct Stdlib {
  std::array<std::string_view, 2> bytecode;
  std::shared_ptr<const void> storage;  // owns the bytes the views point into (null: embedded)
  std::string origin;                   // "embedded", or the directory the files came from
};

// The copy built into this binary.
std::shared_ptr<const Stdlib> embedded_stdlib();

// What init.js reports about the API it checked.
struct StdlibInfo {
  std::string banner;
  std::vector<std::string> modules;
};

// Runs init.js in `ctx`, after install_api() and before any artifact code, and prepares
// stdlib.js: it captures the built-ins the helpers use and keeps the bytecode, which runs when
// an artifact first calls a helper (LLMOS.utils lists native stand-ins until then). With `info`
// (the boot sequence), stdlib.js runs now too and its helpers are checked against the stand-ins.
// Returns the error message when a script fails (a defect of llmos, never of the artifact).
// `lib`'s bytes must outlive the context.
std::optional<std::string> install_stdlib(engine::Context& ctx, const Stdlib& lib,
                                          StdlibInfo* info = nullptr);

// The stand-in of stdlib helper number `magic` (kStdlibHelpers), for LLMOS.utils's entries.
JSValue js_stdlib_helper(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);

struct StdlibHelper {
  const char* name;
  int length;  // what the JavaScript function's length is
};
// The helpers stdlib.js returns, in the order LLMOS.utils lists them.
inline constexpr StdlibHelper kStdlibHelpers[] = {
    {"range", 3}, {"chunk", 2}, {"round", 2}, {"sum", 1}, {"mean", 1},
};

}  // namespace llmos::kernel
