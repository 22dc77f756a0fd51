#include "isolation/rlimits.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace llmos::isolation {
namespace {

std::optional<std::string> set(int resource, const char* name, std::uint64_t value, std::uint64_t hard_extra = 0) {
  struct rlimit rl {};
  // Only ever lowered: raising a hard limit needs a privilege the child should not use.
  if (::getrlimit(resource, &rl) == 0 && rl.rlim_max != RLIM_INFINITY && rl.rlim_max < value + hard_extra) {
    value = rl.rlim_max > hard_extra ? rl.rlim_max - hard_extra : rl.rlim_max;
    if (hard_extra > rl.rlim_max) hard_extra = 0;
  }
  rl.rlim_cur = value;
  rl.rlim_max = value + hard_extra;
  if (::setrlimit(resource, &rl) != 0) return std::string("setrlimit(") + name + "): " + std::strerror(errno);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> apply_rlimits(const Rlimits& l) {
  if (l.address_space_bytes)
    if (auto e = set(RLIMIT_AS, "RLIMIT_AS", l.address_space_bytes)) return e;
  // The hard CPU limit one second later: SIGXCPU first (a clean timeout), SIGKILL after.
  if (l.cpu_seconds)
    if (auto e = set(RLIMIT_CPU, "RLIMIT_CPU", l.cpu_seconds, 1)) return e;
  if (auto e = set(RLIMIT_NOFILE, "RLIMIT_NOFILE", l.open_files)) return e;
  if (auto e = set(RLIMIT_FSIZE, "RLIMIT_FSIZE", l.file_bytes)) return e;
  if (auto e = set(RLIMIT_NPROC, "RLIMIT_NPROC", l.processes)) return e;
  if (auto e = set(RLIMIT_CORE, "RLIMIT_CORE", l.core_bytes)) return e;
  return std::nullopt;
}

std::optional<std::string> apply_run_limits(std::uint64_t address_space_bytes, std::uint64_t cpu_seconds) {
  if (address_space_bytes)
    if (auto e = set(RLIMIT_AS, "RLIMIT_AS", address_space_bytes)) return e;
  if (cpu_seconds)
    if (auto e = set(RLIMIT_CPU, "RLIMIT_CPU", cpu_seconds, 1)) return e;
  return std::nullopt;
}

std::uint64_t current_address_space(int statm_fd) {
  char buf[128];
  const ssize_t n = ::pread(statm_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  buf[n] = '\0';
  const unsigned long long pages = std::strtoull(buf, nullptr, 10);
  return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

std::uint64_t current_address_space() {
  FILE* f = std::fopen("/proc/self/statm", "re");
  if (!f) return 0;
  unsigned long long pages = 0;
  const int n = std::fscanf(f, "%llu", &pages);
  std::fclose(f);
  if (n != 1) return 0;
  return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace llmos::isolation
