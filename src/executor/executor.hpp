#pragma once
// The unified executor (the seed's artifact-executor): one place where an artifact's sandbox is
// prepared, its limits checked and applied, and its result assembled, whatever its language.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "common/limits.hpp"
#include "common/run_result.hpp"
#include "engine/output_capture.hpp"
#include "executor/boot.hpp"
#include "executor/context_pool.hpp"
#include "executor/host_bindings.hpp"
#include "executor/kernel_status.hpp"

namespace llmos::kernel::storage {
class Backend;
}

namespace llmos::executor {

enum class Language { kJavaScript, kPython };

// Where JavaScript runs. kNone: in this process, in a fresh runtime (the engine's memory safety
// is the boundary). kProcess: in a sandboxed worker process (jsworker/), so even an engine bug
// reaches nothing but the worker's socket. Python always runs in its sandboxed worker.
enum class Isolation { kNone, kProcess };
std::string_view to_string(Isolation isolation);  // "none" | "process"
std::optional<Isolation> isolation_from(std::string_view name);

std::string_view to_string(Language language);  // "javascript" | "python"

// The result a run stuck in a native loop of the engine past its time limit is reported with
// (by ExecOptions::on_stuck, since the stuck thread returns none): a timeout.
RunResult stuck_result(std::string_view artifact_id, Language language, std::int64_t timeout_ms);

struct ExecOptions {
  std::string artifact_id = "default";
  // Persistent state (LLMOS.storage); created when first needed. Empty: the process kernel's
  // (boot_kernel) when there is one, else storage reports that none is configured.
  std::string data_dir;
  Limits limits;
  std::string filename = "artifact.js";  // shown in stack traces
  bool render_output = false;             // also render the completion value as Node would
  engine::OutputCapture::Listener listener;  // sees console output as it happens
  // Called from another thread when the execution is still running `stuck_grace` after its
  // time limit (stuck in a native loop of the engine): see watchdog.hpp. Unset: no watchdog.
  std::function<void()> on_stuck;
  std::chrono::milliseconds stuck_grace{1000};
  // Ends the run early, from any thread, with TimeoutError "execution was cancelled" (kind
  // timeout): JavaScript is interrupted, a worker process is killed and replaced. Default: never.
  std::stop_token stop;
  // The JavaScript half of the API (init.js, stdlib.js). Unset: the process kernel's verified
  // copy when one has booted, else the copy built into llmos.
  std::shared_ptr<const kernel::Stdlib> stdlib;
  // Functions and globals of an embedding program, defined in the context before the artifact
  // (isolation none only: they live in this process).
  std::shared_ptr<const HostBindings> host;
  Isolation isolation = Isolation::kNone;
  // Set: LLMOS.storage goes here instead of data_dir's database (a worker's remote store).
  std::shared_ptr<kernel::storage::Backend> storage;
};

// The ranges the executor accepts (the CLI's flags have the same ones).
inline constexpr std::int64_t kMaxTimeoutMs = 600000;
inline constexpr std::size_t kMinMemoryBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxMemoryBytes = std::size_t{16384} << 20;

// Why `options` cannot run an artifact (a limit out of range, an empty artifact id), or nullopt.
std::optional<std::string> check_options(const ExecOptions& options);

struct Execution {
  RunResult result;
  std::string output_text;  // when render_output
  bool output_is_undefined = true;
};

// Runs `code` as `language`. Never throws for anything the artifact does: every failure,
// including options out of range and source that is not UTF-8, comes back in the result.
Execution execute_artifact(std::string_view code, Language language, const ExecOptions& options);
// The seed's executeArtifact(code, language, artifactId, options).
Execution execute_artifact(std::string_view code, Language language, std::string_view artifact_id,
                           ExecOptions options);
Execution execute_javascript(std::string_view code, const ExecOptions& options);
// Runs `code` in the sandboxed CPython worker (started on first use).
Execution execute_python_code(std::string_view code, const ExecOptions& options);
// Waits until the Python worker has a prepared sandbox (it starts the worker if needed); false
// when none is ready within `wait`. For latency measurements of a warm worker.
bool wait_python_ready(std::chrono::milliseconds wait);

// Runs `code` in `prepared` (never used before), in this process: the body of an execution
// once its options are checked. For the JavaScript worker, which prepares its own sandboxes.
Execution run_in_sandbox(PreparedSandbox& prepared, std::string_view code, const ExecOptions& options);

// The worker processes of Isolation::kProcess. Started with these options on first use (or
// now, by a server that wants them warm); later calls change nothing.
struct JsWorkerOptions {
  std::size_t workers = 0;  // 0: one per hardware thread
  std::size_t runs_per_worker = 1000;
  std::size_t max_memory_bytes = 0;  // the largest memory limit of a run; 0: kMaxMemoryBytes
};
void enable_js_workers(const JsWorkerOptions& options = {});
// What `llmos status` and /api/status show about them ("lazy" before first use).
struct JsWorkerStatus {
  std::string status = "lazy";  // lazy | ready | error
  std::size_t workers = 0, idle = 0, runs = 0, crashed = 0, killed_stuck = 0;
  std::string sandbox, detail;
};
JsWorkerStatus js_worker_status();
// The pids of the worker processes (tests kill them).
std::vector<int> js_worker_pids();
bool wait_js_workers_idle(std::size_t n, std::chrono::milliseconds timeout);

// From now on, JavaScript executions of this process take their sandbox from a pool built ahead
// of use by a background thread (context_pool.hpp), for the process kernel's stdlib (or the
// built-in one before boot). For long-lived processes: the server, the library, benchmarks; a
// one-shot `llmos run` builds its one sandbox inline. Calling it again changes nothing.
void enable_context_pool(const ContextPoolOptions& options = {});
// The process's pool, or nullptr when none is enabled.
ContextPool* context_pool();

// Whether the process kernel has booted and runs JavaScript (`ready` or `degraded`).
bool is_kernel_ready();
// The process kernel's status; every stage `pending` before boot_kernel().
KernelStatus get_kernel_status();

// `--lang auto`: by file extension (.js .mjs .cjs → JavaScript, .py → Python), else by content.
Language detect_language(std::string_view filename, std::string_view code);

}  // namespace llmos::executor
