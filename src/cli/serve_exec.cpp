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
  return exec_sibling("llmos-serve", "the server", argc, argv, serve_index);
}

int exec_sibling(const char* name, const char* what, int argc, char** argv, int index) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    std::fprintf(stderr, "llmos: cannot find the llmos executable to start %s: %s\n", what, ec.message().c_str());
    return 3;
  }
  const std::string server = (self.parent_path() / name).string();
  std::vector<char*> args;
  args.push_back(const_cast<char*>(server.c_str()));
  for (int i = index + 1; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  ::execv(server.c_str(), args.data());
  std::fprintf(stderr, "llmos: cannot start %s %s: %s\n", what, server.c_str(), std::strerror(errno));
  return 3;
}

}  // namespace llmos::cli
