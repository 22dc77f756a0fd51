#include "server/worker_pool.hpp"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace llmos::server {

// Shared with every worker thread, so that an abandoned thread that outlives the pool still
// touches memory it owns a part of.
struct WorkerPool::State {
  std::size_t capacity = 0;
  std::size_t max_abandoned = 0;
  mutable std::mutex mutex;
  std::condition_variable cv;    // a job was queued, or the pool is stopping
  std::condition_variable done;  // a worker left (stopped or abandoned)
  std::deque<Job> queue;
  std::map<std::size_t, std::thread> threads;  // worker id -> thread, for joining
  std::size_t next_id = 0;
  std::size_t workers = 0;
  std::size_t busy = 0;
  std::size_t abandoned_running = 0;
  std::size_t abandoned_total = 0;
  std::size_t completed = 0;
  std::size_t rejected = 0;
  bool stopping = false;

  // With `mutex` held.
  void spawn(const std::shared_ptr<State>& self) {
    const std::size_t id = next_id++;
    ++workers;
    threads.emplace(id, std::thread([self, id] { self->run(self, id); }));
  }

  void run(const std::shared_ptr<State>& self, std::size_t id) {
    std::unique_lock lock(mutex);
    for (;;) {
      cv.wait(lock, [&] { return stopping || !queue.empty(); });
      if (queue.empty()) {  // stopping, and nothing left to run
        --workers;
        done.notify_all();
        return;
      }
      Job job = std::move(queue.front());
      queue.pop_front();
      ++busy;
      lock.unlock();

      struct Token {
        bool running = true;
        bool abandoned = false;
      };
      const auto token = std::make_shared<Token>();  // guarded by `mutex`
      const std::function<void()> abandon = [self, id, token] {
        std::lock_guard guard(self->mutex);
        if (!token->running || token->abandoned) return;
        token->abandoned = true;
        --self->workers;
        --self->busy;
        ++self->abandoned_running;
        ++self->abandoned_total;
        // The thread keeps running, detached: shutdown() must not wait for it.
        if (auto it = self->threads.find(id); it != self->threads.end()) {
          it->second.detach();
          self->threads.erase(it);
        }
        if (!self->stopping && self->abandoned_total <= self->max_abandoned) self->spawn(self);
        self->done.notify_all();
      };
      job(abandon);

      lock.lock();
      token->running = false;
      if (token->abandoned) {
        --abandoned_running;
        return;  // already replaced: this thread ends
      }
      --busy;
      ++completed;
    }
  }
};

WorkerPool::WorkerPool(std::size_t workers, std::size_t queue_capacity, std::size_t max_abandoned)
    : state_(std::make_shared<State>()) {
  state_->capacity = queue_capacity;
  state_->max_abandoned = max_abandoned;
  std::lock_guard guard(state_->mutex);
  for (std::size_t i = 0; i < (workers == 0 ? 1 : workers); ++i) state_->spawn(state_);
}

WorkerPool::~WorkerPool() { shutdown(); }

bool WorkerPool::try_submit(Job job) {
  {
    std::lock_guard guard(state_->mutex);
    // A job waits only when every worker is busy: the queue's capacity counts waiting jobs.
    const std::size_t idle = state_->workers - state_->busy;
    if (state_->stopping || state_->workers == 0 || state_->queue.size() >= state_->capacity + idle) {
      ++state_->rejected;
      return false;
    }
    state_->queue.push_back(std::move(job));
  }
  state_->cv.notify_one();
  return true;
}

std::size_t WorkerPool::shutdown() {
  std::map<std::size_t, std::thread> threads;
  std::size_t still_running = 0;
  {
    std::unique_lock lock(state_->mutex);
    state_->stopping = true;
    state_->cv.notify_all();
    // Every worker runs what is queued, then leaves; a stuck one leaves when it is abandoned.
    state_->done.wait(lock, [&] { return state_->workers == 0; });
    threads = std::move(state_->threads);
    state_->threads.clear();
    still_running = state_->abandoned_running;
  }
  for (auto& [id, t] : threads)
    if (t.joinable()) t.join();
  return still_running;
}

WorkerPool::Stats WorkerPool::stats() const {
  std::lock_guard guard(state_->mutex);
  Stats s;
  s.workers = state_->workers;
  s.busy = state_->busy;
  s.queued = state_->queue.size();
  s.capacity = state_->capacity;
  s.abandoned = state_->abandoned_running;
  s.completed = state_->completed;
  s.rejected = state_->rejected;
  return s;
}

}  // namespace llmos::server
