#pragma once
// The kernel's boot sequence: the seed's six stages (CONTRACT §6), each timed.
//
//   init-system      resolve the configuration and the data dir
//   mount-volumes    system/, team/, user/ under the data dir: created, checked writable
//   load-js-runtime  a QuickJS runtime and context, and a test evaluation
//   init-python      find the interpreter; `lazy`: it starts on first use (`unavailable`:
//                    the kernel is `degraded`, JavaScript still runs)
//   load-stdlib      init.js and stdlib.js: installed into system/kernel/ as bytecode, verified
//                    against the copy built into llmos (a modified file is replaced), loaded
//                    from there, and run once in a test context
//   finalize         the kernel's status
//
// An unusable data dir makes the kernel `degraded`, not `error`: artifacts that do not use
// storage run as before (the stdlib then comes from the copy built into llmos), and
// LLMOS.storage reports the problem to artifacts that do. `error` means JavaScript cannot run.
//
// `llmos run` does not boot: it runs one artifact with the stdlib built into the binary (the
// same bytes the system volume holds once verified) and creates nothing on disk unless the
// artifact uses storage. `llmos status`, the server and the public API's Kernel boot.
#include <memory>
#include <optional>
#include <string>

#include "executor/kernel_status.hpp"

namespace llmos::kernel {
struct Stdlib;
}

namespace llmos::executor {

struct BootConfig {
  std::string data_dir;  // empty: resolve_data_dir("")
  // Where init-python looks for python3, as a PATH-style list; nullopt: $PATH.
  std::optional<std::string> python_search_path;
  // The interpreter to use instead of searching for python3.
  std::string python_executable;
};

// CONTRACT §1: `flag`, else $LLMOS_DATA_DIR, else $XDG_DATA_HOME/llmos, else ~/.local/share/llmos.
// Only resolved here; created by mount-volumes (or by LLMOS.storage on first use).
std::string resolve_data_dir(const std::string& flag);

class Kernel {
 public:
  // Runs the six stages. The environment (a missing Python, an unusable data dir) never makes
  // this throw: the status says what is wrong.
  static std::shared_ptr<const Kernel> boot(const BootConfig& config);

  const KernelStatus& status() const { return status_; }
  // Whether JavaScript artifacts run: `ready` or `degraded`.
  bool ready() const { return status_.status == "ready" || status_.status == "degraded"; }
  const std::string& data_dir() const { return data_dir_; }
  // The verified stdlib every context of this kernel runs.
  std::shared_ptr<const kernel::Stdlib> stdlib() const { return stdlib_; }

 private:
  Kernel() = default;
  KernelStatus status_;
  std::string data_dir_;
  std::shared_ptr<const kernel::Stdlib> stdlib_;
};

// The process's kernel (the seed's window.__LLMOS_KERNEL__): boots one and makes it the kernel
// that is_kernel_ready() and get_kernel_status() describe, and whose data dir and stdlib
// executions use when their options leave them unset.
std::shared_ptr<const Kernel> boot_kernel(const BootConfig& config);
// The process's kernel, or null before boot_kernel().
std::shared_ptr<const Kernel> process_kernel();
// Forgets the process's kernel (executions still running keep what they use).
void shutdown_kernel();

}  // namespace llmos::executor
