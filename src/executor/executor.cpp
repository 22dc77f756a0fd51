#include "executor/executor.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <optional>

#include "common/utf8.hpp"
#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "executor/js_isolation.hpp"
#include "executor/watchdog.hpp"
#include "kernel/llmos_api.hpp"
#include "kernel/stdlib.hpp"
#include "kernel/storage/store.hpp"
#include "pyworker/host/python_host.hpp"

namespace llmos::executor {
namespace {

Execution failure(std::string name, std::string text, ErrorKind kind) {
  Execution out;
  out.result.success = false;
  out.result.error = ErrorInfo::make(std::move(name), text, kind);
  return out;
}

// What the engine cannot be handed: QuickJS reads source up to a NUL byte, and its parser is
// not made for bytes that are not UTF-8.
std::optional<Execution> check_source(std::string_view code) {
  if (const auto nul = code.find('\0'); nul != std::string_view::npos)
    return failure("SyntaxError", "the source contains a NUL byte (at byte " + std::to_string(nul) + ")",
                   ErrorKind::kSyntax);
  if (const auto bad = utf8::first_invalid(code))
    return failure("SyntaxError", "the source is not valid UTF-8 (at byte " + std::to_string(*bad) + ")",
                   ErrorKind::kSyntax);
  return std::nullopt;
}

Execution run_javascript(std::string_view code, const ExecOptions& options,
                         const std::shared_ptr<const kernel::Stdlib>& stdlib) {
  if (options.isolation == Isolation::kProcess) {
    if (options.host)
      return failure("Error", "functions and globals of the embedding program cannot reach a worker process: run with isolation none",
                     ErrorKind::kInternal);
    return run_javascript_in_worker(code, options);
  }
  // A never-used sandbox, from the pool when there is one for this stdlib; after the run it goes
  // back to the pool's thread to be destroyed off the caller's path.
  ContextPool* pool = context_pool();
  if (pool && pool->stdlib() != stdlib) pool = nullptr;
  struct Lease {
    ContextPool* pool;
    std::unique_ptr<PreparedSandbox> sandbox;
    ~Lease() {
      if (!pool) return;
      sandbox->sandbox().context().output().set_listener({});  // the caller's, gone after return
      pool->retire(std::move(sandbox));
    }
  } lease{pool, pool ? pool->take() : std::make_unique<PreparedSandbox>(stdlib)};
  return run_in_sandbox(*lease.sandbox, code, options);
}

std::string format_mb(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// llmos.storage for a Python artifact: the store JavaScript uses, in the same artifact
// namespace (the worker never opens the database itself).
pyworker::StorageReply python_storage(const std::string& data_dir, const std::string& artifact,
                                      const pyworker::StorageRequest& q) {
  pyworker::StorageReply reply;
  const std::string fn = "llmos.storage." + q.op;
  if (data_dir.empty()) {
    reply.kind = "unavailable";
    reply.message = fn + ": storage is unavailable: no data directory is configured";
    return reply;
  }
  auto store = kernel::storage::Store::shared(data_dir);
  if (!store) {
    reply.kind = "unavailable";
    reply.message = fn + ": storage is unavailable: " + store.error().message;
    return reply;
  }
  auto& st = *store.value();
  const auto unavailable = [&](const Error& e) {
    reply.kind = "unavailable";
    reply.message = fn + ": storage is unavailable: " + e.message;
    return reply;
  };
  if (q.op == "get") {
    auto got = st.get(artifact, q.key);
    if (!got) return unavailable(got.error());
    reply.ok = true;
    reply.value_json = got.value();
  } else if (q.op == "set") {
    auto status = st.set(artifact, q.key, q.value_json);
    if (!status) return unavailable(status.error());
    const auto& quota = st.quotas();
    switch (status.value()) {
      case kernel::storage::SetStatus::kOk: reply.ok = true; break;
      case kernel::storage::SetStatus::kKeyTooLarge:
        reply.kind = "limit";
        reply.message = fn + ": the key is " + format_mb(q.key.size()) + ", over the limit of " +
                        format_mb(quota.max_key_bytes) + " per key";
        break;
      case kernel::storage::SetStatus::kValueTooLarge:
        reply.kind = "limit";
        reply.message = fn + ": the value is " + format_mb(q.value_json.size()) + " as JSON, over the limit of " +
                        format_mb(quota.max_value_bytes) + " per value";
        break;
      case kernel::storage::SetStatus::kArtifactFull:
        reply.kind = "limit";
        reply.message = fn + ": storing this value would take the artifact over its limit of " +
                        format_mb(quota.max_artifact_bytes) + " of storage";
        break;
    }
  } else if (q.op == "remove") {
    auto removed = st.remove(artifact, q.key);
    if (!removed) return unavailable(removed.error());
    reply.ok = true;
    reply.removed = removed.value();
  } else {
    reply.kind = "type";
    reply.message = "llmos.storage: unknown operation";
  }
  return reply;
}

Execution run_python(std::string_view code, const ExecOptions& options) {
  pyworker::PythonRequest req;
  req.code = std::string(code);
  // The JavaScript default name would mislead in a Python traceback.
  req.filename = options.filename == "artifact.js" ? "artifact.py" : options.filename;
  req.limits = options.limits;
  req.stop = options.stop;
  req.storage = [dir = options.data_dir, id = options.artifact_id](const pyworker::StorageRequest& q) {
    return python_storage(dir, id, q);
  };
  if (options.listener) {
    req.listener = [listener = options.listener](bool is_stderr, std::string_view line) {
      listener(is_stderr ? engine::Stream::kStderr : engine::Stream::kLog, line);
    };
  }
  pyworker::PythonRun run = pyworker::PythonHost::instance().run(req);
  Execution out;
  out.result = std::move(run.result);
  out.output_is_undefined = run.output_is_none;
  if (options.render_output) out.output_text = std::move(run.output_text);
  return out;
}

}  // namespace

Execution run_in_sandbox(PreparedSandbox& prepared, std::string_view code, const ExecOptions& options) {
  if (prepared.error())
    return failure("Error", "the kernel's stdlib does not load: " + *prepared.error(), ErrorKind::kInternal);
  engine::Context& ctx = prepared.sandbox().context();
  kernel::configure(ctx, {options.artifact_id, options.data_dir, options.storage});
  if (options.host) {
    if (auto err = install_host_bindings(ctx, options.host, options.limits))
      return failure("Error", *err, ErrorKind::kInternal);
  }
  if (options.listener) ctx.output().set_listener(options.listener);

  engine::EvalOptions eval_options;
  eval_options.filename = options.filename;
  eval_options.limits = options.limits;
  eval_options.render_output = options.render_output;
  eval_options.stop = options.stop;
  std::optional<Watchdog> watchdog;
  if (options.on_stuck) {
    watchdog.emplace(std::chrono::steady_clock::now() +
                         std::chrono::milliseconds(options.limits.timeout_ms) + options.stuck_grace,
                     options.on_stuck);
  }
  engine::Evaluation ev = engine::evaluate(ctx, code, eval_options);
  watchdog.reset();
  ev.result.cap_error(options.limits.max_output_bytes);  // here too: a worker's reply must stay small
  return Execution{std::move(ev.result), std::move(ev.output_text), ev.output_is_undefined};
}

namespace {
std::mutex g_pool_mu;
std::unique_ptr<ContextPool> g_pool;  // lives until exit: its thread builds for the whole process
std::atomic<ContextPool*> g_pool_ptr{nullptr};
}  // namespace

void enable_context_pool(const ContextPoolOptions& options) {
  std::lock_guard lock(g_pool_mu);
  if (g_pool) return;
  const std::shared_ptr<const Kernel> kernel = process_kernel();
  std::shared_ptr<const kernel::Stdlib> stdlib = kernel ? kernel->stdlib() : nullptr;
  if (!stdlib) stdlib = kernel::embedded_stdlib();
  g_pool = std::make_unique<ContextPool>(std::move(stdlib), options);
  g_pool_ptr.store(g_pool.get(), std::memory_order_release);
}

ContextPool* context_pool() { return g_pool_ptr.load(std::memory_order_acquire); }

std::string_view to_string(Language language) {
  return language == Language::kPython ? "python" : "javascript";
}

RunResult stuck_result(std::string_view artifact_id, Language language, std::int64_t timeout_ms) {
  RunResult r;
  r.artifact_id = std::string(artifact_id);
  r.language = std::string(to_string(language));
  r.error = ErrorInfo::make("TimeoutError",
                            "execution exceeded the time limit of " + std::to_string(timeout_ms) +
                                " ms (stopped inside a native loop of the engine)",
                            ErrorKind::kTimeout);
  r.execution_time_ms = static_cast<double>(timeout_ms);
  return r;
}

std::optional<std::string> check_options(const ExecOptions& options) {
  const Limits& l = options.limits;
  if (l.timeout_ms < 1 || l.timeout_ms > kMaxTimeoutMs)
    return "the time limit must be from 1 to " + std::to_string(kMaxTimeoutMs) + " ms (got " +
           std::to_string(l.timeout_ms) + ")";
  if (l.memory_bytes < kMinMemoryBytes || l.memory_bytes > kMaxMemoryBytes)
    return "the memory limit must be from 1 to " + std::to_string(kMaxMemoryBytes >> 20) + " MB (got " +
           std::to_string(l.memory_bytes) + " bytes)";
  if (l.stack_bytes < (std::size_t{64} << 10) || l.stack_bytes > (std::size_t{256} << 20))
    return "the stack limit must be from 64 KB to 256 MB";
  if (options.artifact_id.empty()) return "the artifact id must not be empty";
  if (!utf8::is_valid(options.artifact_id)) return "the artifact id must be UTF-8 text";
  return std::nullopt;
}

Execution execute_artifact(std::string_view code, Language language, const ExecOptions& options) {
  const std::shared_ptr<const Kernel> kernel = process_kernel();
  const ExecOptions* opt = &options;
  std::optional<ExecOptions> filled;
  if (kernel && options.data_dir.empty()) {
    filled.emplace(options);
    filled->data_dir = kernel->data_dir();
    opt = &*filled;
  }
  std::shared_ptr<const kernel::Stdlib> stdlib = options.stdlib;
  if (!stdlib && kernel) stdlib = kernel->stdlib();
  if (!stdlib) stdlib = kernel::embedded_stdlib();

  Execution out;
  if (auto bad = check_options(*opt)) {
    out = failure("RangeError", *bad, ErrorKind::kInternal);
  } else if (auto bad_source = check_source(code)) {
    out = std::move(*bad_source);
  } else if (opt->stop.stop_requested()) {  // before a worker is taken for nothing
    out.result.error = ErrorInfo::cancelled();
  } else if (language == Language::kJavaScript) {
    out = run_javascript(code, *opt, stdlib);
  } else {
    out = run_python(code, *opt);
  }
  out.result.cap_error(opt->limits.max_output_bytes);
  // The one place a result is stamped with who ran it.
  out.result.artifact_id = options.artifact_id;
  out.result.language = std::string(to_string(language));
  return out;
}

Execution execute_artifact(std::string_view code, Language language, std::string_view artifact_id,
                           ExecOptions options) {
  options.artifact_id = std::string(artifact_id);
  return execute_artifact(code, language, options);
}

Execution execute_javascript(std::string_view code, const ExecOptions& options) {
  return execute_artifact(code, Language::kJavaScript, options);
}

Execution execute_python_code(std::string_view code, const ExecOptions& options) {
  return execute_artifact(code, Language::kPython, options);
}

bool wait_python_ready(std::chrono::milliseconds wait) { return pyworker::PythonHost::instance().wait_ready(wait); }

}  // namespace llmos::executor
