#pragma once
// `llmos run --fix`: the execution supervisor on the command line. It runs in its own executable,
// `llmos-fix`, which `llmos run` execs only when --fix is given: the model client links
// cpp-httplib with OpenSSL, whose relocations every plain `llmos run` would otherwise pay for
// at start (serve_exec.hpp).
#include "cli/run_command.hpp"

namespace llmos::cli {

// Returns the exit code: the final execution's (0, 1, 3), or 2 for a usage error (no model URL).
int fix_command(const RunArgs& args);

}  // namespace llmos::cli
