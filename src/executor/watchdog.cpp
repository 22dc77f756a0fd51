#include "executor/watchdog.hpp"

namespace llmos::executor {

Watchdog::Watchdog(std::chrono::steady_clock::time_point fire_at, std::function<void()> on_stuck)
    : thread_([this, fire_at, fn = std::move(on_stuck)] {
        std::unique_lock lock(mutex_);
        if (!cv_.wait_until(lock, fire_at, [this] { return done_; })) fn();
      }) {}

Watchdog::~Watchdog() {
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  cv_.notify_one();
  thread_.join();
}

}  // namespace llmos::executor
