#pragma once
// The host side of Python artifacts: starts llmos-pyworker on first use (a JavaScript-only
// process never pays for it), serves LLMOS storage to it, enforces the wall-clock limit by
// SIGKILL of the child's process group, and turns what happened into a RunResult (CONTRACT §2, §5).
//
// The worker is a zygote that keeps a few children forked and already sandboxed, each with its
// own socket to the host (received here over the control socket with SCM_RIGHTS). A run takes
// one child, sends it the request, reads its output and result; the zygote reports the child's
// end on the control socket and forks a replacement. So a run never waits for a fork.
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "common/run_result.hpp"
#include "isolation/frame.hpp"
#include "isolation/outcome.hpp"
#include "isolation/process.hpp"

namespace llmos::pyworker {

// A storage call of the artifact. value_json: the JSON text to store (op "set").
struct StorageRequest {
  std::string op;  // get | set | remove
  std::string key;
  std::string value_json;
};
struct StorageReply {
  bool ok = false;
  std::optional<std::string> value_json;  // get: the stored JSON text, or nullopt
  bool removed = false;                   // remove
  std::string kind;                       // on failure: limit | type | unavailable
  std::string message;
};
using StorageHandler = std::function<StorageReply(const StorageRequest&)>;
// Each stdout line (is_stderr false) or stderr line as it arrives.
using OutputListener = std::function<void(bool is_stderr, std::string_view line)>;

struct PythonRequest {
  std::string code;
  std::string filename = "artifact.py";
  Limits limits;
  StorageHandler storage;  // unset: storage calls fail as unavailable
  OutputListener listener;
  std::stop_token stop;  // requested during the run: the child is killed ("execution was cancelled")
};

struct PythonRun {
  RunResult result;  // success, output, error, logs, stderr, images, time, memory
  isolation::Outcome outcome = isolation::Outcome::kCrashed;
  std::string output_text;  // repr() of the final value, when there is one
  bool output_is_none = true;
  std::string sandbox;      // what the child reported ("full: user,pid,... namespaces; ...")
};

// The state `llmos status` shows: lazy until the first run starts the worker.
struct HostState {
  std::string status = "lazy";  // lazy | ready | error
  std::string sandbox;          // the last run's sandbox, or what the machine offers
  std::string detail;           // an error, or the worker's pid and Python version
};

class PythonHost {
 public:
  // The process's host (one worker; runs are serialised).
  static PythonHost& instance();

  PythonRun run(const PythonRequest& request);
  HostState state() const;
  // Ends the worker (the next run starts a new one).
  void shutdown();
  // Starts the worker if needed and waits until it has a prepared sandbox.
  bool wait_ready(std::chrono::milliseconds wait);
  // The zygote's pid, or -1 when no worker runs (tests: what it leaves behind).
  pid_t worker_pid() const;

  PythonHost() = default;
  ~PythonHost();
  PythonHost(const PythonHost&) = delete;
  PythonHost& operator=(const PythonHost&) = delete;

 private:
  struct ReadyChild {
    pid_t pid = -1;
    isolation::UniqueFd fd;  // the host's end of the child's own socket
  };
  std::optional<std::string> ensure_started();  // an error text when the worker cannot start
  void stop_locked();
  // Reads control frames from the zygote until `deadline` or until `done()` holds. False when
  // the zygote is gone or speaks nonsense.
  template <typename Done>
  bool pump_control(std::chrono::steady_clock::time_point deadline, Done done);

  mutable std::mutex mu_;  // held for a whole start or run
  isolation::WorkerProcess worker_;
  std::string scratch_base_;
  // Its own lock, so that the kernel's status answers while an artifact runs (after mu_ when
  // both are taken).
  mutable std::mutex state_mu_;
  HostState state_;
  void set_state(std::string status, std::optional<std::string> detail = std::nullopt);
  isolation::FrameDecoder control_;
  std::deque<isolation::UniqueFd> received_fds_;
  std::deque<ReadyChild> ready_;
  std::map<pid_t, isolation::ChildExit> exits_;
  std::string hello_;
};

// Where llmos-pyworker is: $LLMOS_PYWORKER, else next to the running executable, else the
// build tree's, else the install prefix's libexec. Empty when none exists.
std::string find_worker_executable();
// LLMOS_PYTHON_SANDBOX=off: the user accepts a partial sandbox where a mechanism is missing.
bool sandbox_opted_out();
// What this machine's kernel offers, without starting anything.
std::string host_sandbox_support();

}  // namespace llmos::pyworker
