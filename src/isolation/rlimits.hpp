#pragma once
// Resource limits of a sandboxed child. Soft and hard limits are set equal, so the child
// cannot raise them back.
#include <cstdint>
#include <optional>
#include <string>

namespace llmos::isolation {

struct Rlimits {
  std::uint64_t address_space_bytes = 0;  // RLIMIT_AS; 0: unchanged
  std::uint64_t cpu_seconds = 0;          // RLIMIT_CPU (SIGXCPU at the soft limit); 0: unchanged
  std::uint64_t open_files = 256;         // RLIMIT_NOFILE
  std::uint64_t file_bytes = std::uint64_t{64} << 20;  // RLIMIT_FSIZE: largest file it may write
  std::uint64_t processes = 1024;         // RLIMIT_NPROC (binds non-root users; seccomp binds all)
  std::uint64_t core_bytes = 0;           // RLIMIT_CORE: no core dumps
};

std::optional<std::string> apply_rlimits(const Rlimits& limits);
// Only the per-run limits (address space and CPU), for a child prepared before its run was known.
std::optional<std::string> apply_run_limits(std::uint64_t address_space_bytes, std::uint64_t cpu_seconds);

// The calling process's current virtual size in bytes (/proc/self/statm), 0 when unknown.
std::uint64_t current_address_space();
// The same read through `statm_fd`, /proc/self/statm opened before a sandbox that hides /proc
// (the kernel writes the file afresh at each read from offset 0); 0 when it cannot be read.
std::uint64_t current_address_space(int statm_fd);

}  // namespace llmos::isolation
