#pragma once
// The kernel status of CONTRACT §6 (`llmos status --json`, GET /api/status), plus what a person
// diagnosing a kernel needs: the data dir, its volumes, the stdlib files and the problems found.
// Standard library only: the CLI and the public API both render it.
#include <string>
#include <vector>

namespace llmos::executor {

// The six stages of the seed, in order.
inline constexpr const char* kStageNames[] = {"init-system",  "mount-volumes", "load-js-runtime",
                                              "init-python",  "load-stdlib",   "finalize"};
inline constexpr std::size_t kStageCount = 6;

struct StageReport {
  std::string name;
  // pending | ok | lazy (init-python: detected, started on first use) | unavailable |
  // degraded (done with a fallback) | error | skipped (an earlier stage failed)
  std::string status = "pending";
  double duration_ms = 0;
  std::string detail;  // one line for people: what the stage found
};

struct VolumeReport {
  std::string name;  // system | team | user
  std::string path;
  std::string status = "pending";  // mounted | error
  bool writable = false;
  std::string error;
};

struct StdlibFileReport {
  std::string name;  // init.jsbc
  std::string path;
  // verified (on disk and equal to the copy in llmos) | installed (written by this boot) |
  // replaced (it differed: rewritten) | embedded (the system volume is unusable: the copy in
  // llmos is used) | error
  std::string status = "pending";
  std::size_t bytes = 0;
};

struct KernelStatus {
  std::string version = "0.1.0";   // the kernel API version (LLMOS.version)
  std::string status = "booting";  // booting | ready | degraded | error
  std::string javascript = "pending";  // modules: ready | error
  std::string python = "pending";      //          lazy | ready | unavailable
  std::string stdlib = "pending";      //          ready | error
  double boot_duration_ms = 0;
  std::vector<StageReport> stages;

  std::string llmos_version;  // the release of llmos
  std::string engine;         // "QuickJS 2025-04-26"
  std::string data_dir;
  std::vector<VolumeReport> volumes;
  std::vector<StdlibFileReport> stdlib_files;
  std::string stdlib_banner;      // what init.js reported
  std::string python_executable;  // where init-python found python3
  std::string python_sandbox;     // the sandbox Python runs in ("full: ..."), or what the machine offers
  std::vector<std::string> problems;  // why the kernel is degraded or in error, or what was repaired
  // JavaScript's isolation in this process: "none" (in-process runtimes) or "process" once the
  // worker processes are enabled, with what they report.
  std::string js_isolation = "none";
  std::string js_workers_status;  // starting | ready | error
  std::size_t js_workers = 0, js_workers_idle = 0, js_worker_runs = 0, js_worker_crashes = 0,
              js_workers_killed_stuck = 0;
  std::string js_workers_sandbox, js_workers_detail;

  // A kernel that has not booted: every stage pending.
  static KernelStatus not_booted();

  // The contract's object on one line, then the extra fields.
  std::string to_json() const;
};

}  // namespace llmos::executor
