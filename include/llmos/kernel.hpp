#pragma once
// The kernel: the seed's boot sequence and status (CONTRACT §6).
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llmos {

struct BootConfig {
  // Where persistent state lives (system/, team/, user/ volumes, storage). Empty: as the CLI
  // resolves it: $LLMOS_DATA_DIR, else $XDG_DATA_HOME/llmos, else ~/.local/share/llmos.
  std::string data_dir;
  // Where to look for python3, as a PATH-style list. Unset: $PATH.
  std::optional<std::string> python_search_path;
  // The Python interpreter to use instead of searching for python3.
  std::string python_executable;
};

struct KernelStatus {
  struct Stage {
    std::string name;    // init-system, mount-volumes, load-js-runtime, init-python, load-stdlib, finalize
    std::string status;  // pending | ok | lazy | unavailable | degraded | error | skipped
    double duration_ms = 0;
    std::string detail;
  };
  struct Volume {
    std::string name;    // system | team | user
    std::string path;
    std::string status;  // mounted | error
    bool writable = false;
    std::string error;
  };
  struct StdlibFile {
    std::string name;    // init.jsbc | stdlib.jsbc
    std::string path;
    std::string status;  // verified | installed | replaced | embedded | error
    std::size_t bytes = 0;
  };

  std::string version = "0.1.0";   // the kernel API version (LLMOS.version)
  std::string status = "booting";  // booting | ready | degraded | error
  std::string javascript;          // module status: ready | error
  std::string python;              // lazy | ready | unavailable
  std::string stdlib;              // ready | error
  double boot_duration_ms = 0;
  std::vector<Stage> stages;

  std::string llmos_version;
  std::string engine;
  std::string data_dir;
  std::vector<Volume> volumes;
  std::vector<StdlibFile> stdlib_files;
  std::string stdlib_banner;
  std::string python_executable;
  std::vector<std::string> problems;

  // The contract's object (as `llmos status --json` prints it).
  std::string to_json() const;
};

class Kernel {
 public:
  Kernel();
  ~Kernel();
  Kernel(Kernel&&) noexcept;
  Kernel& operator=(Kernel&&) noexcept;
  Kernel(const Kernel&) = delete;
  Kernel& operator=(const Kernel&) = delete;

  // Runs the six stages and returns the status. A missing Python or an unusable data dir
  // never throws: the kernel is then `degraded` and the status says why. Booting again
  // replaces the previous boot; runtimes made from this kernel use it from their next execute.
  KernelStatus boot(const BootConfig& config = {});
  // The status of the last boot; before boot, `booting` with every stage `pending`.
  KernelStatus status() const;
  // Whether JavaScript artifacts run: booted, and `ready` or `degraded`.
  bool is_ready() const;

 private:
  friend class Runtime;
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace llmos
