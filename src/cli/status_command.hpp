#pragma once
#include <string>

namespace llmos::cli {

struct StatusArgs {
  bool json = false;
  std::string data_dir;
};

// `llmos status`: boots the kernel and prints its status (CONTRACT §6). Exit code 0 when
// JavaScript runs (`ready` or `degraded`: the problems are printed), 3 when it does not (`error`).
int status_command(const StatusArgs& args);

}  // namespace llmos::cli
