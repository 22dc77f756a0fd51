#include "isolation/sandbox.hpp"

namespace llmos::isolation {

std::string SandboxReport::level() const {
  const bool full = namespaces.all() && landlock_active && seccomp && rlimits;
  if (full) return "full";
  return (landlock_active || seccomp || namespaces.net) ? "partial" : "none";
}

std::string SandboxReport::describe() const {
  std::string ns;
  const auto add = [&ns](bool on, const char* name) {
    if (!on) return;
    if (!ns.empty()) ns += ',';
    ns += name;
  };
  add(namespaces.user, "user");
  add(namespaces.pid, "pid");
  add(namespaces.net, "net");
  add(namespaces.mount, "mount");
  add(namespaces.ipc, "ipc");
  std::string out = ns.empty() ? std::string("no namespaces") : ns + " namespaces";
  if (landlock_active) {
    out += "; landlock abi ";
    out += std::to_string(landlock.abi);
    out += landlock.network ? " (fs, tcp" : " (fs";
    out += landlock.scoped ? ", signals)" : ")";
  } else {
    out += "; no landlock";
  }
  out += seccomp ? "; seccomp" : "; no seccomp";
  out += rlimits ? "; rlimits" : "; no rlimits";
  return out;
}

bool enter_sandbox(const SandboxSpec& spec, SandboxReport& report) {
  bool ok = true;
  report.namespaces = unshare_namespaces();
  if (!report.namespaces.all()) {
    report.problems.push_back("namespaces: " + report.namespaces.error);
    if (spec.required) ok = false;
  }
  if (auto err = apply_rlimits(spec.limits)) {
    report.problems.push_back(*err);
    ok = false;  // limits never depend on the kernel's features: always required
  } else {
    report.rlimits = true;
  }
  if (auto err = landlock_restrict_self(spec.files, report.landlock)) {
    report.problems.push_back(*err);
    if (spec.required) ok = false;
  } else {
    report.landlock_active = true;
  }
  if (!ok) return false;
  if (auto err = spec.policy.install()) {
    report.problems.push_back(*err);
    if (spec.required) return false;
  } else {
    report.seccomp = true;
  }
  return true;
}

std::string HostSandboxSupport::describe() const {
  std::string out = user_namespaces ? "user namespaces" : "no user namespaces";
  out += landlock_abi >= 1 ? "; landlock abi " + std::to_string(landlock_abi) : "; no landlock";
  out += seccomp ? "; seccomp" : "; no seccomp";
  return out;
}

HostSandboxSupport probe_host_sandbox() {
  HostSandboxSupport s;
  s.user_namespaces = user_namespaces_available();
  s.landlock_abi = landlock_abi();
  s.seccomp = seccomp_available();
  return s;
}

}  // namespace llmos::isolation
