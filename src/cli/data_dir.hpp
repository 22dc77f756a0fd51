#pragma once
#include <string>

namespace llmos::cli {

// CONTRACT §1: --data-dir, else $LLMOS_DATA_DIR, else $XDG_DATA_HOME/llmos, else
// ~/.local/share/llmos. Only resolved here; created when something first needs it.
std::string resolve_data_dir(const std::string& flag);

}  // namespace llmos::cli
