#include "cli/serve_exec.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace llmos::cli {

int exec_server(int argc, char** argv, int serve_index) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    std::fprintf(stderr, "llmos: cannot find the llmos executable to start the server: %s\n", ec.message().c_str());
    return 3;
  }
  const std::string server = (self.parent_path() / "llmos-serve").string();
  std::vector<char*> args;
  args.push_back(const_cast<char*>(server.c_str()));
  for (int i = serve_index + 1; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  ::execv(server.c_str(), args.data());
  std::fprintf(stderr, "llmos: cannot start the server %s: %s\n", server.c_str(), std::strerror(errno));
  return 3;
}

}  // namespace llmos::cli
