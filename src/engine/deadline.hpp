#pragma once
// The wall-clock budget of one execution, polled by the engine's interrupt handler.
#include <atomic>
#include <chrono>

namespace llmos::engine {

using Clock = std::chrono::steady_clock;

class Deadline {
 public:
  void start(std::chrono::milliseconds budget) {
    start_ = Clock::now();
    end_ = start_ + budget;
    expired_ = false;
    cancelled_.store(false, std::memory_order_relaxed);
  }
  // Stops the execution from any thread (server shutdown, a supervisor).
  void cancel() { cancelled_.store(true, std::memory_order_relaxed); }

  // True once the budget is spent; remembers it so the result can say `timeout`.
  bool check() {
    if (expired_) return true;
    if (cancelled_.load(std::memory_order_relaxed) || Clock::now() >= end_) expired_ = true;
    return expired_;
  }
  bool expired() const { return expired_; }
  bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }
  Clock::time_point end() const { return end_; }
  Clock::time_point started() const { return start_; }
  // The deadline is not running until start(): nothing ever expires then.
  void disarm() {
    end_ = Clock::time_point::max();
    expired_ = false;
  }

 private:
  Clock::time_point start_{};
  Clock::time_point end_ = Clock::time_point::max();
  bool expired_ = false;
  std::atomic<bool> cancelled_{false};
};

}  // namespace llmos::engine
