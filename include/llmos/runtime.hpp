#pragma once
// A runtime that executes artifacts in fresh, isolated sandboxes: the seed's WASMRuntime.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "llmos/kernel.hpp"
#include "llmos/result.hpp"

namespace llmos {

enum class Language { kJavaScript, kPython, kAuto };

enum class OutputStream { kLog, kStderr };

struct ExecutionOptions {
  std::int64_t timeout_ms = 5000;      // 1 … 600000
  std::int64_t memory_limit_mb = 128;  // 1 … 16384
  std::string artifact_id = "default";  // storage namespace, DOM container
  Language language = Language::kJavaScript;  // kAuto: by `filename`'s extension, else by content
  std::string filename;  // the artifact's name in stack traces; empty: artifact.js / artifact.py
  // Sees each console entry as it happens (the result has them all as well).
  std::function<void(OutputStream, std::string_view)> on_output;
  // JavaScript in a sandboxed worker process (llmos-jsworker, as `llmos serve` runs it), so that
  // even an engine bug reaches nothing of this program; costs about 0.2 ms per execution. The
  // runtime's injected functions and globals live in this process and are then unavailable (the
  // execution fails with an internal error saying so).
  bool process_isolation = false;
  // Ends the execution early, from any thread (a caller that no longer waits for it): the
  // result is TimeoutError "execution was cancelled", kind timeout. Default: never.
  std::stop_token stop;
};

// An injected function: called with the arguments as a JSON array (undefined → null, functions
// → "[Function name]", as results are converted), returns the JSON text of its return value, or
// "" for undefined. An exception it throws becomes an `Error` with the exception's `what()` as
// its message inside the artifact, which may catch it; invalid JSON returned is an Error too.
// It runs on the thread that called execute(), counts against the artifact's time limit, and
// cannot be interrupted: keep it short.
using HostFunction = std::function<std::string(const std::string& args_json)>;

struct RuntimeState {
  struct LastExecution {
    bool success = false;
    std::string artifact_id;
    std::string language;
    double execution_time_ms = 0;
    std::uint64_t memory_used = 0;
    std::optional<ExecutionError::Kind> error_kind;
    std::string error_message;
  };

  bool ready = false;
  std::uint64_t executions = 0;  // since initialize() or reset()
  std::uint64_t failures = 0;
  std::optional<LastExecution> last;
  std::vector<std::string> injected_functions;  // in the order they were injected
  std::vector<std::string> injected_globals;
  std::uint64_t last_memory_used = 0;  // bytes, of the last execution's heap
  std::uint64_t peak_memory_used = 0;  // the most any execution used
  bool has_kernel = false;
  std::string data_dir;                // where LLMOS.storage lives ("" without a kernel)
};

class Runtime {
 public:
  // A runtime of its own: the stdlib built into llmos, no data dir (LLMOS.storage then rejects
  // with a clear error).
  Runtime();
  // A runtime of `kernel`: its data dir and its verified stdlib. The kernel must have booted
  // by initialize().
  explicit Runtime(const Kernel& kernel);
  ~Runtime();
  Runtime(Runtime&&) noexcept;
  Runtime& operator=(Runtime&&) noexcept;
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Checks that the engine works (a test evaluation). Throws std::runtime_error when it does
  // not, std::logic_error when the kernel has not booted or cannot run JavaScript.
  void initialize();

  // Runs `code` in a fresh context with the injected functions and globals. Everything the
  // artifact does — errors, timeouts, memory exhaustion — comes back in the result.
  // Throws std::logic_error before initialize() or after dispose(), std::invalid_argument for
  // options out of range. May be called from several threads at once (injected functions must
  // then be thread-safe).
  ExecutionResult execute(std::string_view code, const ExecutionOptions& options = {});

  // Defines `name` as a global function in every later execution, until reset(). Throws
  // std::invalid_argument when `name` is not an identifier or is a global the sandbox has
  // (LLMOS, console, Object, ...). Injecting a name again replaces it.
  void inject_function(const std::string& name, HostFunction fn);
  // Defines `name` as a global holding the value of `json` (a fresh copy in each execution).
  // Throws std::invalid_argument for a bad name or text that is not JSON.
  void inject_global(const std::string& name, const std::string& json);

  RuntimeState state() const;
  // Forgets the injected functions and globals and the execution history. (What an execution
  // defines never outlives it: each one gets a fresh context. Storage is persistent by design
  // and is not touched.)
  void reset();
  bool is_ready() const;
  // Releases everything; execute() then throws until initialize() is called again.
  void dispose();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace llmos
