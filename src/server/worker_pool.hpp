#pragma once
// A fixed number of threads that run executions, fed by a bounded queue: many requests run at
// once, a burst beyond the queue is refused (the server answers 503) instead of piling up, and
// one slow artifact only ever holds its own worker.
//
// A worker stuck in a native loop of the engine past its time limit cannot be stopped safely;
// the job reports it (Job's `abandon`), and the pool starts a replacement so its capacity stays
// the same. The stuck thread exits when (if ever) its job returns. At most `max_abandoned`
// replacements are made; past that the pool shrinks instead of growing without bound.
#include <cstddef>
#include <functional>
#include <memory>

namespace llmos::server {

class WorkerPool {
 public:
  // Called on a worker thread; `abandon` may be called from any thread, once, while the job runs.
  using Job = std::function<void(const std::function<void()>& abandon)>;

  struct Stats {
    std::size_t workers = 0;    // threads taking jobs
    std::size_t busy = 0;       // of those, running a job
    std::size_t queued = 0;     // jobs waiting
    std::size_t capacity = 0;   // how many jobs may wait
    std::size_t abandoned = 0;  // threads given up as stuck and still running
    std::size_t completed = 0;  // jobs run to the end
    std::size_t rejected = 0;   // try_submit refused (queue full or stopping)
  };

  WorkerPool(std::size_t workers, std::size_t queue_capacity, std::size_t max_abandoned);
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool();  // shutdown()

  // Queues `job`; false when the queue is full or the pool is stopping.
  bool try_submit(Job job);
  // Refuses new jobs, runs those already queued, then joins the workers that are not stuck.
  // Returns how many abandoned threads are still running (a process then exits with _Exit, since
  // their jobs cannot be stopped).
  std::size_t shutdown();

  Stats stats() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace llmos::server
