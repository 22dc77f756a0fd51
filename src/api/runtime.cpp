#include <algorithm>
#include <mutex>
#include <stdexcept>

#include "api/convert.hpp"
#include "api/impl.hpp"
#include "executor/executor.hpp"
#include "kernel/stdlib.hpp"
#include "llmos/runtime.hpp"

namespace llmos {

struct Runtime::Impl {
  std::shared_ptr<api::BootedKernel> kernel;  // null: a runtime of its own
  mutable std::mutex mu;
  bool ready = false;
  // Replaced, never modified, on injection: an execution keeps the set it started with.
  std::shared_ptr<const executor::HostBindings> host = std::make_shared<executor::HostBindings>();
  RuntimeState stats;

  std::shared_ptr<const executor::Kernel> booted() const { return kernel ? kernel->get() : nullptr; }
};

namespace {

template <typename Impl>
void check_alive(const std::unique_ptr<Impl>& impl, const char* fn) {
  if (!impl) throw std::logic_error(std::string("llmos::Runtime::") + fn + ": this runtime was moved from");
}

}  // namespace

Runtime::Runtime() : impl_(std::make_unique<Impl>()) {}

Runtime::Runtime(const Kernel& kernel) : impl_(std::make_unique<Impl>()) {
  if (!kernel.impl_) throw std::logic_error("llmos::Runtime: the kernel was moved from");
  impl_->kernel = kernel.impl_;
}

Runtime::~Runtime() = default;
Runtime::Runtime(Runtime&&) noexcept = default;
Runtime& Runtime::operator=(Runtime&&) noexcept = default;

void Runtime::initialize() {
  check_alive(impl_, "initialize");
  executor::ExecOptions opt;
  opt.limits.timeout_ms = 2000;
  opt.limits.memory_bytes = std::size_t{16} << 20;
  opt.stdlib = kernel::embedded_stdlib();
  if (impl_->kernel) {
    const auto k = impl_->booted();
    if (!k) throw std::logic_error("llmos::Runtime::initialize: the kernel has not booted (call Kernel::boot())");
    if (!k->ready())
      throw std::logic_error("llmos::Runtime::initialize: the kernel cannot run JavaScript (status " +
                             k->status().status + ")");
    opt.stdlib = k->stdlib();
    opt.data_dir = k->data_dir();
  }
  // A long-lived process: sandboxes are built ahead of use by a background thread.
  executor::enable_context_pool();
  // The whole path an artifact takes: the API, the stdlib, evaluation and the result.
  const executor::Execution ex = executor::execute_javascript("typeof LLMOS.utils.sum === 'function' && 1 + 1", opt);
  if (!ex.result.success || ex.result.output_json != "2")
    throw std::runtime_error("llmos::Runtime::initialize: the engine failed its test evaluation: " +
                             (ex.result.error ? ex.result.error->message : "it returned " + ex.result.output_json));
  std::lock_guard lock(impl_->mu);
  impl_->ready = true;
}

ExecutionResult Runtime::execute(std::string_view code, const ExecutionOptions& options) {
  check_alive(impl_, "execute");
  std::shared_ptr<const executor::HostBindings> host;
  {
    std::lock_guard lock(impl_->mu);
    if (!impl_->ready)
      throw std::logic_error("llmos::Runtime::execute: the runtime is not initialized (call initialize())");
    host = impl_->host;
  }
  if (options.memory_limit_mb < 1 || options.memory_limit_mb > static_cast<std::int64_t>(executor::kMaxMemoryBytes >> 20))
    throw std::invalid_argument("llmos::Runtime::execute: the memory limit must be from 1 to " +
                                std::to_string(executor::kMaxMemoryBytes >> 20) + " MB (got " +
                                std::to_string(options.memory_limit_mb) + ")");
  executor::ExecOptions opt;
  opt.artifact_id = options.artifact_id;
  opt.limits.timeout_ms = options.timeout_ms;
  opt.limits.memory_bytes = static_cast<std::size_t>(options.memory_limit_mb) << 20;
  if (auto bad = executor::check_options(opt)) throw std::invalid_argument("llmos::Runtime::execute: " + *bad);

  executor::Language lang = executor::Language::kJavaScript;
  if (options.language == Language::kPython) lang = executor::Language::kPython;
  else if (options.language == Language::kAuto) lang = executor::detect_language(options.filename, code);
  opt.filename = !options.filename.empty() ? options.filename
                 : lang == executor::Language::kPython ? "artifact.py" : "artifact.js";
  if (const auto k = impl_->booted()) {
    opt.data_dir = k->data_dir();
    opt.stdlib = k->stdlib();
  } else {
    opt.stdlib = kernel::embedded_stdlib();
  }
  if (!host->functions.empty() || !host->globals.empty()) opt.host = host;
  if (options.process_isolation) opt.isolation = executor::Isolation::kProcess;
  opt.stop = options.stop;
  if (options.on_output) {
    // The listener runs inside the engine: what it throws stops there.
    opt.listener = [fn = options.on_output](engine::Stream s, std::string_view text) {
      try {
        fn(s == engine::Stream::kLog ? OutputStream::kLog : OutputStream::kStderr, text);
      } catch (...) {
      }
    };
  }

  executor::Execution ex = executor::execute_artifact(code, lang, opt);
  ExecutionResult r = api::to_public(std::move(ex.result));

  std::lock_guard lock(impl_->mu);
  RuntimeState& st = impl_->stats;
  ++st.executions;
  if (!r.success) ++st.failures;
  RuntimeState::LastExecution last;
  last.success = r.success;
  last.artifact_id = r.artifact_id;
  last.language = r.language;
  last.execution_time_ms = r.execution_time_ms;
  last.memory_used = r.memory_used;
  if (r.error) {
    last.error_kind = r.error->kind;
    last.error_message = r.error->message;
  }
  st.last = std::move(last);
  st.last_memory_used = r.memory_used;
  st.peak_memory_used = std::max(st.peak_memory_used, r.memory_used);
  return r;
}

void Runtime::inject_function(const std::string& name, HostFunction fn) {
  check_alive(impl_, "inject_function");
  if (!fn) throw std::invalid_argument("llmos::Runtime::inject_function: the function for '" + name + "' is empty");
  if (auto bad = executor::check_host_name(name)) throw std::invalid_argument("llmos::Runtime::inject_function: " + *bad);
  std::lock_guard lock(impl_->mu);
  auto next = std::make_shared<executor::HostBindings>(*impl_->host);
  std::erase_if(next->functions, [&](const auto& f) { return f.first == name; });
  std::erase_if(next->globals, [&](const auto& g) { return g.first == name; });
  next->functions.emplace_back(name, std::move(fn));
  impl_->host = std::move(next);
}

void Runtime::inject_global(const std::string& name, const std::string& json) {
  check_alive(impl_, "inject_global");
  if (auto bad = executor::check_host_name(name)) throw std::invalid_argument("llmos::Runtime::inject_global: " + *bad);
  if (auto bad = executor::check_json(json))
    throw std::invalid_argument("llmos::Runtime::inject_global: the value of '" + name + "' is not JSON: " + *bad);
  std::lock_guard lock(impl_->mu);
  auto next = std::make_shared<executor::HostBindings>(*impl_->host);
  std::erase_if(next->functions, [&](const auto& f) { return f.first == name; });
  std::erase_if(next->globals, [&](const auto& g) { return g.first == name; });
  next->globals.emplace_back(name, json);
  impl_->host = std::move(next);
}

RuntimeState Runtime::state() const {
  if (!impl_) return {};
  std::lock_guard lock(impl_->mu);
  RuntimeState st = impl_->stats;
  st.ready = impl_->ready;
  for (const auto& f : impl_->host->functions) st.injected_functions.push_back(f.first);
  for (const auto& g : impl_->host->globals) st.injected_globals.push_back(g.first);
  st.has_kernel = impl_->kernel != nullptr;
  if (const auto k = impl_->booted()) st.data_dir = k->data_dir();
  return st;
}

void Runtime::reset() {
  check_alive(impl_, "reset");
  std::lock_guard lock(impl_->mu);
  impl_->host = std::make_shared<executor::HostBindings>();
  impl_->stats = RuntimeState{};
}

bool Runtime::is_ready() const {
  if (!impl_) return false;
  std::lock_guard lock(impl_->mu);
  return impl_->ready;
}

void Runtime::dispose() {
  if (!impl_) return;
  std::lock_guard lock(impl_->mu);
  impl_->ready = false;
  impl_->host = std::make_shared<executor::HostBindings>();
  impl_->stats = RuntimeState{};
}

}  // namespace llmos
