#pragma once
#include <string>

#include "common/limits.hpp"

namespace llmos::cli {

struct RunArgs {
  std::string file = "-";
  std::string lang = "auto";
  std::string artifact_id = "default";
  long long timeout_ms = Limits::kDefaultTimeoutMs;
  long long memory_limit_mb = Limits::kDefaultMemoryMb;
  bool json = false;
  std::string data_dir;
};

// `llmos run`: returns the process exit code (CONTRACT §1).
int run_command(const RunArgs& args);

}  // namespace llmos::cli
