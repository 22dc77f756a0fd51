#include "server/shutdown_signals.hpp"

#include <pthread.h>

#include <ctime>

namespace llmos::server {

ShutdownSignals::ShutdownSignals(std::function<void(int, int)> on_signal) {
  sigemptyset(&set_);
  sigaddset(&set_, SIGTERM);
  sigaddset(&set_, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set_, nullptr);
  // A client that goes away mid-response must not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  thread_ = std::thread([this, on_signal = std::move(on_signal)] {
    int count = 0;
    const timespec tick{0, 200 * 1000 * 1000};
    while (!stop_.load()) {
      siginfo_t info;
      const int signo = sigtimedwait(&set_, &info, &tick);
      if (signo > 0) on_signal(signo, ++count);
    }
  });
}

ShutdownSignals::~ShutdownSignals() {
  stop_.store(true);
  if (thread_.joinable()) thread_.join();
}

}  // namespace llmos::server
