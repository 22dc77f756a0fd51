#pragma once
// Entering the sandbox, in the order that works: namespaces (needs nothing), rlimits, Landlock
// (needs no_new_privs), seccomp last (it forbids the calls the others make).
#include <string>
#include <vector>

#include "isolation/landlock.hpp"
#include "isolation/namespaces.hpp"
#include "isolation/rlimits.hpp"
#include "isolation/seccomp_policy.hpp"

namespace llmos::isolation {

struct SandboxSpec {
  LandlockRules files;
  Rlimits limits;
  PolicyBuilder policy;
  // true: a missing mechanism is an error (the caller must not run untrusted code). false: the
  // user opted out; whatever works is applied and the report says what.
  bool required = true;
};

struct SandboxReport {
  NamespaceReport namespaces;
  LandlockReport landlock;
  bool landlock_active = false;
  bool seccomp = false;
  bool rlimits = false;
  std::vector<std::string> problems;
  // "full" (every layer), "partial" (some missing, user opted out), "none".
  std::string level() const;
  std::string describe() const;  // "user,pid,net,mount,ipc namespaces; landlock abi 7; seccomp; rlimits"
};

// Applies every layer to the calling single-threaded process. Returns false (with the reasons in
// report.problems) when a required layer could not be applied: the caller must then exit.
bool enter_sandbox(const SandboxSpec& spec, SandboxReport& report);

// What this machine offers, without forking: for `llmos status`.
struct HostSandboxSupport {
  bool user_namespaces = false;
  int landlock_abi = 0;
  bool seccomp = false;
  bool complete() const { return user_namespaces && landlock_abi >= 1 && seccomp; }
  std::string describe() const;
};
HostSandboxSupport probe_host_sandbox();

}  // namespace llmos::isolation
