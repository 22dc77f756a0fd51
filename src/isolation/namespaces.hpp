#pragma once
// Linux namespaces for a sandboxed child: user (no capability outside it), network (only a
// downed loopback), mount, IPC, UTS and pid (for any child it could create).
#include <string>

namespace llmos::isolation {

struct NamespaceReport {
  bool user = false, pid = false, net = false, mount = false, ipc = false;
  std::string error;  // why unshare failed, when it did
  bool all() const { return user && pid && net && mount && ipc; }
};

// Unshares the calling (single-threaded) process into new namespaces. Tries all of them in one
// call (a new user namespace makes the others possible without privileges); without user
// namespaces, tries the rest (which needs CAP_SYS_ADMIN).
NamespaceReport unshare_namespaces();

// Whether this machine lets an unprivileged process create user namespaces (no fork: reads
// the sysctls). Root can create them regardless of the first switch.
bool user_namespaces_available();

}  // namespace llmos::isolation
