#pragma once
// Runs the artifacts of POST /api/execute on the worker pool and waits for their results.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "server/request_validation.hpp"
#include "server/worker_pool.hpp"

namespace llmos::server {

struct ExecutionConfig {
  std::size_t workers = 0;         // 0: one per hardware thread
  std::size_t queue_capacity = 0;  // 0: 64 per worker
  std::string data_dir;            // LLMOS.storage; empty: the booted kernel's
  bool process_isolation = false;  // JavaScript in the worker processes (executor::Isolation)
  // options.fix: the model used when a request names none. The API key is sent only to
  // `llm_url`, never to a URL a request names.
  std::string llm_url;
  std::string llm_model;
  std::string llm_api_key;
};

class ExecutionService {
 public:
  explicit ExecutionService(const ExecutionConfig& config);

  struct Outcome {
    std::optional<std::string> result_json;  // CONTRACT §2, whatever the artifact did
    std::string refused;                     // else why it could not be queued (503)
  };
  // Blocks the calling (HTTP) thread until the artifact has run on a worker. `client_gone`,
  // asked every 100 ms while it runs or waits in the queue, cancels the run once it says true
  // (TimeoutError "execution was cancelled"): nobody waits for its result any more.
  Outcome run(ExecuteRequest request, const std::function<bool()>& client_gone = {});

  WorkerPool::Stats stats() const { return pool_.stats(); }
  // Finishes what is queued; returns how many stuck threads are still running.
  std::size_t shutdown() { return pool_.shutdown(); }

 private:
  std::string data_dir_;
  bool process_isolation_ = false;
  std::string llm_url_;
  std::string llm_model_;
  std::string llm_api_key_;
  WorkerPool pool_;
};

}  // namespace llmos::server
