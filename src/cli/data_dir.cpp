#include "cli/data_dir.hpp"

#include "executor/boot.hpp"

namespace llmos::cli {

std::string resolve_data_dir(const std::string& flag) { return executor::resolve_data_dir(flag); }

}  // namespace llmos::cli
