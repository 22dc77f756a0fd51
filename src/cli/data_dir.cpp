#include "cli/data_dir.hpp"

#include <cstdlib>

namespace llmos::cli {

std::string resolve_data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  const auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v ? v : "";
  };
  if (auto d = env("LLMOS_DATA_DIR"); !d.empty()) return d;
  if (auto d = env("XDG_DATA_HOME"); !d.empty()) return d + "/llmos";
  if (auto d = env("HOME"); !d.empty()) return d + "/.local/share/llmos";
  return ".llmos";
}

}  // namespace llmos::cli
