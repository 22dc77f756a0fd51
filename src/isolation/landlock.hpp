#pragma once
// Landlock (Linux ≥ 5.13): unprivileged filesystem, network and signal confinement of the
// calling process and its future children. The kernel headers of the build machine may be older
// than the running kernel, so the constants are defined here and the ABI is probed at run time.
#include <optional>
#include <string>
#include <vector>

namespace llmos::isolation {

// The Landlock ABI the running kernel offers; 0 when none (disabled or too old).
int landlock_abi();

struct LandlockRules {
  std::vector<std::string> read_only;   // directories or files: read, list, execute
  std::vector<std::string> read_write;  // directories: everything inside
  // Everything not listed is denied. With ABI ≥ 4 TCP bind/connect are denied too; with ABI ≥ 6
  // signals to processes outside the domain and abstract UNIX sockets are scoped.
};

struct LandlockReport {
  int abi = 0;
  bool network = false;  // TCP bind/connect handled (denied)
  bool scoped = false;   // signals and abstract sockets scoped
  std::vector<std::string> skipped;  // listed paths that do not exist
};

// Restricts the calling thread (and so a single-threaded process). Sets no_new_privs. An error
// text when Landlock is unavailable or refuses.
std::optional<std::string> landlock_restrict_self(const LandlockRules& rules, LandlockReport& report);

}  // namespace llmos::isolation
