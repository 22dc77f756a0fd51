#pragma once
// A last line of defence for the time limit. QuickJS polls its interrupt handler only while it
// runs bytecode; a few native loops of the engine (Array.prototype.reverse over an array-like
// of length 2**53-1, say) never reach it. If an execution is still running `grace` after its
// deadline, the watchdog calls `on_stuck` from its own thread — a process that runs one
// artifact (the CLI, a worker) then reports the timeout and exits, since a thread stuck in
// native code cannot be stopped safely.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace llmos::executor {

class Watchdog {
 public:
  Watchdog(std::chrono::steady_clock::time_point fire_at, std::function<void()> on_stuck);
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog();  // the execution finished: the watchdog stands down

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;
};

}  // namespace llmos::executor
