// Isolation::kProcess: the executor's side of the JavaScript worker processes (jsworker/host).
#include <thread>

#include "executor/executor.hpp"
#include "executor/js_isolation.hpp"
#include "jsworker/host/worker_pool.hpp"
#include "kernel/storage/remote_store.hpp"
#include "kernel/storage/store.hpp"

namespace llmos::executor {
namespace {

std::mutex g_mu;
std::unique_ptr<jsworker::WorkerPool> g_pool;  // lives until exit, as the context pool

bool sandbox_opted_out() {
  const char* v = std::getenv("LLMOS_JS_SANDBOX");
  return v && (std::string_view(v) == "off" || std::string_view(v) == "0");
}

jsworker::WorkerPool& pool_locked(const JsWorkerOptions& options) {
  if (!g_pool) {
    jsworker::PoolOptions o;
    o.workers = options.workers ? options.workers : std::max(1u, std::thread::hardware_concurrency());
    o.runs_per_worker = options.runs_per_worker;
    o.max_memory_bytes = options.max_memory_bytes ? options.max_memory_bytes : kMaxMemoryBytes;
    o.sandbox_required = !sandbox_opted_out();
    g_pool = std::make_unique<jsworker::WorkerPool>(o);
  }
  return *g_pool;
}

jsworker::WorkerPool& pool() {
  std::lock_guard lock(g_mu);
  return pool_locked({});
}

}  // namespace

std::string_view to_string(Isolation isolation) { return isolation == Isolation::kProcess ? "process" : "none"; }

std::optional<Isolation> isolation_from(std::string_view name) {
  if (name == "process") return Isolation::kProcess;
  if (name == "none") return Isolation::kNone;
  return std::nullopt;
}

void enable_js_workers(const JsWorkerOptions& options) {
  std::lock_guard lock(g_mu);
  pool_locked(options);
}

JsWorkerStatus js_worker_status() {
  std::lock_guard lock(g_mu);
  JsWorkerStatus s;
  if (!g_pool) return s;
  const jsworker::PoolStats p = g_pool->stats();
  s.workers = p.workers;
  s.idle = p.idle;
  s.runs = p.runs;
  s.crashed = p.crashed;
  s.killed_stuck = p.killed_stuck;
  s.sandbox = p.sandbox;
  s.status = p.started > 0 ? "ready" : p.last_error.empty() ? "starting" : "error";
  s.detail = p.last_error;
  return s;
}

std::vector<int> js_worker_pids() {
  std::lock_guard lock(g_mu);
  if (!g_pool) return {};
  const auto pids = g_pool->worker_pids();
  return std::vector<int>(pids.begin(), pids.end());
}

bool wait_js_workers_idle(std::size_t n, std::chrono::milliseconds timeout) {
  return pool().wait_idle(n, timeout);
}

Execution run_javascript_in_worker(std::string_view code, const ExecOptions& options) {
  jsworker::Job job;
  job.request.code = std::string(code);
  job.request.artifact_id = options.artifact_id;
  job.request.filename = options.filename;
  job.request.render_output = options.render_output;
  job.request.stream_output = static_cast<bool>(options.listener);
  job.request.limits = options.limits;
  job.stop = options.stop;
  // The host answers storage in the run's namespace, whatever the worker claims, and waits for
  // another process's lock no longer than the run's time limit.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.limits.timeout_ms);
  job.storage = [dir = options.data_dir, id = options.artifact_id, deadline](std::string_view request) {
    auto store = kernel::storage::Store::shared(dir);
    if (!store) return kernel::storage::remote_unavailable(store.error().message);
    const kernel::storage::WaitDeadline wait(deadline);
    return kernel::storage::answer_remote_call(*store.value(), id, request);
  };
  if (options.listener) {
    job.listener = [&options](bool is_stderr, std::string_view line) {
      options.listener(is_stderr ? engine::Stream::kStderr : engine::Stream::kLog, line);
    };
  }
  jsworker::JobResult r = pool().run(job);
  return Execution{std::move(r.reply.result), std::move(r.reply.output_text), r.reply.output_is_undefined};
}

}  // namespace llmos::executor
