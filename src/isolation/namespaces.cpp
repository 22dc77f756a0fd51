#include "isolation/namespaces.hpp"

#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace llmos::isolation {
namespace {

long read_sysctl(const char* path, long fallback) {
  std::ifstream f(path);
  long v = fallback;
  if (f && (f >> v)) return v;
  return fallback;
}

}  // namespace

NamespaceReport unshare_namespaces() {
  NamespaceReport r;
  constexpr int kOthers = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID;
  if (::unshare(CLONE_NEWUSER | kOthers) == 0) {
    r.user = r.pid = r.net = r.mount = r.ipc = true;
    return r;
  }
  r.error = std::string("unshare(user, pid, net, mount, ipc): ") + std::strerror(errno);
  if (::unshare(kOthers) == 0) r.pid = r.net = r.mount = r.ipc = true;
  return r;
}

bool user_namespaces_available() {
  if (read_sysctl("/proc/sys/user/max_user_namespaces", 1) <= 0) return false;
  if (::geteuid() == 0) return true;
  // Debian's switch for unprivileged user namespaces (absent elsewhere: allowed).
  return read_sysctl("/proc/sys/kernel/unprivileged_userns_clone", 1) != 0;
}

}  // namespace llmos::isolation
