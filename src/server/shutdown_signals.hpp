#pragma once
// SIGTERM and SIGINT for a server: received by one thread with sigwait (not by a handler), so
// the callback may do anything. Construct before any other thread starts: the signals are
// blocked in the constructing thread and every thread it starts afterwards inherits that.
#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace llmos::server {

class ShutdownSignals {
 public:
  // `on_signal(signo, count)`: count is 1 for the first signal, 2 for the second, ...
  explicit ShutdownSignals(std::function<void(int signo, int count)> on_signal);
  ShutdownSignals(const ShutdownSignals&) = delete;
  ShutdownSignals& operator=(const ShutdownSignals&) = delete;
  ~ShutdownSignals();  // stops listening; the signals stay blocked in this thread

 private:
  std::atomic<bool> stop_{false};
  sigset_t set_{};
  std::thread thread_;
};

}  // namespace llmos::server
