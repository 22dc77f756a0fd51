// The connection threads and the request deadlines of `llmos serve` (connection_guard.hpp),
// without a server; tests/server/reliability_test.py checks them end to end.
#include "server/connection_guard.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace llmos::server {
namespace {

using namespace std::chrono_literals;

TEST(ConnectionThreads, EveryJobGetsAThreadAtOnceUpToTheLimit) {
  ConnectionThreads threads(2, 64, 200ms);
  std::mutex mutex;
  std::condition_variable cv;
  int running = 0;
  bool release = false;
  for (int i = 0; i < 50; ++i) {
    threads.enqueue([&] {
      std::unique_lock lock(mutex);
      ++running;
      cv.notify_all();
      cv.wait(lock, [&] { return release; });
    });
  }
  {
    // 50 jobs that block, on a pool of 2 kept threads: all run at once.
    std::unique_lock lock(mutex);
    EXPECT_TRUE(cv.wait_for(lock, 10s, [&] { return running == 50; })) << running;
    release = true;
  }
  cv.notify_all();
  threads.shutdown();
}

TEST(ConnectionThreads, PastTheLimitJobsWaitAndShutdownRunsThemAll) {
  ConnectionThreads threads(1, 3, 100ms);
  std::atomic<int> done{0};
  std::atomic<int> at_once{0};
  std::atomic<int> most{0};
  for (int i = 0; i < 20; ++i) {
    threads.enqueue([&] {
      const int now = ++at_once;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(5ms);
      --at_once;
      ++done;
    });
  }
  threads.shutdown();
  EXPECT_EQ(done.load(), 20);
  EXPECT_LE(most.load(), 3);
}

bool closed_within(int fd, std::chrono::milliseconds limit) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(limit.count())) <= 0) return false;
  char c;
  return recv(fd, &c, 1, MSG_DONTWAIT) == 0;
}

struct Pair {
  int server = -1;
  int client = -1;
  Pair() {
    int fds[2];
    EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    server = fds[0];
    client = fds[1];
  }
  ~Pair() {
    close(server);
    close(client);
  }
};

ConnectionGuard::Limits short_limits() {
  ConnectionGuard::Limits l;
  l.head_timeout = 300ms;
  l.body_timeout = 300ms;
  return l;
}

TEST(ConnectionGuard, ARequestThatDoesNotArriveInTimeIsCutOff) {
  ConnectionGuard guard(short_limits());
  Pair p;
  const auto t0 = std::chrono::steady_clock::now();
  guard.open(p.server);
  EXPECT_TRUE(closed_within(p.client, 3000ms));
  EXPECT_GE(std::chrono::steady_clock::now() - t0, 250ms);
  guard.close();
  EXPECT_EQ(guard.dropped(), 1u);
}

TEST(ConnectionGuard, NoDeadlineWhileTheHandlerRunsAndANewOneAfterTheResponse) {
  ConnectionGuard guard(short_limits());
  Pair p;
  guard.open(p.server);
  ConnectionGuard::head_received(0);
  ConnectionGuard::request_received();  // an artifact running longer than the deadlines
  EXPECT_FALSE(closed_within(p.client, 800ms));
  ConnectionGuard::response_sent();  // the next request is due
  EXPECT_TRUE(closed_within(p.client, 3000ms));
  guard.close();
  // Outside a guarded connection the hooks do nothing.
  ConnectionGuard::head_received(10);
  ConnectionGuard::request_received();
  ConnectionGuard::response_sent();
}

}  // namespace
}  // namespace llmos::server
