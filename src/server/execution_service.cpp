#include "server/execution_service.hpp"

#include <condition_variable>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>

#include "executor/executor.hpp"
#include "supervisor/fix_loop.hpp"
#include "supervisor/fix_report.hpp"

namespace llmos::server {
namespace {

std::size_t default_workers() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 2 : n;
}

// The first result wins: the artifact's own, or the timeout reported for a stuck one.
class Completion {
 public:
  void set(std::string json) {
    {
      std::lock_guard guard(mutex_);
      if (json_) return;
      json_ = std::move(json);
    }
    cv_.notify_all();
  }
  // Looks at `abandoned` every 100 ms meanwhile; once it is true, calls `on_abandoned` (once)
  // and goes on waiting, for the run to end soon.
  std::string wait(const std::function<bool()>& abandoned, const std::function<void()>& on_abandoned) {
    std::unique_lock lock(mutex_);
    bool told = !abandoned;
    while (!cv_.wait_for(lock, std::chrono::milliseconds(100), [&] { return json_.has_value(); })) {
      if (told) continue;
      lock.unlock();
      told = abandoned();
      if (told) on_abandoned();
      lock.lock();
    }
    return *json_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::optional<std::string> json_;
};

}  // namespace

ExecutionService::ExecutionService(const ExecutionConfig& config)
    : data_dir_(config.data_dir),
      process_isolation_(config.process_isolation),
      llm_url_(config.llm_url),
      llm_model_(config.llm_model),
      llm_api_key_(config.llm_api_key),
      pool_(config.workers ? config.workers : default_workers(),
            config.queue_capacity ? config.queue_capacity
                                  : 64 * (config.workers ? config.workers : default_workers()),
            /*max_abandoned=*/4 * (config.workers ? config.workers : default_workers())) {}

ExecutionService::Outcome ExecutionService::run(ExecuteRequest request, const std::function<bool()>& client_gone) {
  auto done = std::make_shared<Completion>();
  std::stop_source stop;
  auto req = std::make_shared<const ExecuteRequest>(std::move(request));
  std::optional<supervisor::ChatConfig> chat;
  if (req->fix) {
    chat.emplace();
    chat->base_url = req->fix->url.empty() ? llm_url_ : req->fix->url;
    chat->model = req->fix->model.empty() ? llm_model_ : req->fix->model;
    if (chat->base_url == llm_url_) chat->api_key = llm_api_key_;
    chat->read_timeout = std::chrono::seconds(60);
  }
  const bool queued = pool_.try_submit([done, req, chat, data_dir = data_dir_, stop = stop.get_token(),
                                        isolation = process_isolation_ ? executor::Isolation::kProcess
                                                                       : executor::Isolation::kNone](
                                           const std::function<void()>& abandon) {
    executor::ExecOptions opt;
    opt.stop = stop;
    opt.isolation = isolation;
    opt.artifact_id = req->artifact_id;
    opt.data_dir = data_dir;
    opt.limits.timeout_ms = req->timeout_ms;
    opt.limits.memory_bytes = static_cast<std::size_t>(req->memory_limit_mb) << 20;
    opt.filename = req->language == executor::Language::kPython ? "artifact.py" : "artifact.js";
    // Stuck in a native loop past the time limit: the request gets its timeout now, and the
    // pool replaces this worker (the thread finishes, if ever, on its own).
    opt.on_stuck = [done, req, abandon] {
      std::fprintf(stderr,
                   "llmos: an execution of artifact '%s' is stuck in native code past its %lld ms limit; "
                   "its worker thread is abandoned and replaced\n",
                   req->artifact_id.c_str(), static_cast<long long>(req->timeout_ms));
      done->set(executor::stuck_result(req->artifact_id, req->language, req->timeout_ms).to_json());
      abandon();
    };
    try {
      if (chat) {
        const supervisor::FixOutcome fixed = supervisor::execute_with_fix(
            req->code, req->language, opt, req->fix->max_attempts, supervisor::chat_refiner(*chat));
        done->set(supervisor::fix_result_json(fixed));
      } else {
        const executor::Execution ex = executor::execute_artifact(req->code, req->language, opt);
        done->set(ex.result.to_json());
      }
    } catch (const std::exception& e) {
      RunResult r;
      r.artifact_id = req->artifact_id;
      ErrorInfo info;
      info.name = "Error";
      info.message = std::string("Error: internal error of llmos: ") + e.what();
      info.stack = info.message;
      info.kind = ErrorKind::kInternal;
      r.error = std::move(info);
      done->set(r.to_json());
    }
  });
  if (!queued) {
    const WorkerPool::Stats s = pool_.stats();
    Outcome out;
    out.refused = s.workers == 0
        ? "no worker is left to run artifacts (" + std::to_string(s.abandoned) +
              " are stuck in native code): restart the server"
        : "the server is busy: " + std::to_string(s.busy) + " executions running and " +
              std::to_string(s.queued) + " waiting (the limit); retry shortly";
    return out;
  }
  const auto cancel = [&stop, &req] {
    std::fprintf(stderr, "llmos: the client of an execution of artifact '%s' disconnected; the run is cancelled\n",
                 req->artifact_id.c_str());
    stop.request_stop();
  };
  return Outcome{done->wait(client_gone, cancel), {}};
}

}  // namespace llmos::server
