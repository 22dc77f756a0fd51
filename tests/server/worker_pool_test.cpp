#include "server/worker_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace llmos::server {
namespace {

using namespace std::chrono_literals;

// A latch the tests open by hand.
class Gate {
 public:
  void open() {
    {
      std::lock_guard g(m_);
      open_ = true;
    }
    cv_.notify_all();
  }
  void wait() {
    std::unique_lock l(m_);
    cv_.wait(l, [&] { return open_; });
  }

 private:
  std::mutex m_;
  std::condition_variable cv_;
  bool open_ = false;
};

template <typename F>
bool eventually(F f) {
  for (int i = 0; i < 500; ++i) {
    if (f()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return f();
}

TEST(WorkerPool, RunsJobsOnItsWorkers) {
  WorkerPool pool(2, 8, 0);
  std::atomic<int> done{0};
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(pool.try_submit([&](const auto&) { ++done; }));
  EXPECT_EQ(pool.shutdown(), 0u);
  EXPECT_EQ(done.load(), 10);
  EXPECT_EQ(pool.stats().completed, 10u);
}

TEST(WorkerPool, RefusesPastTheQueueCapacity) {
  WorkerPool pool(1, 2, 0);
  Gate gate;
  std::atomic<int> done{0};
  ASSERT_TRUE(pool.try_submit([&](const auto&) { gate.wait(); ++done; }));
  ASSERT_TRUE(eventually([&] { return pool.stats().busy == 1; }));
  EXPECT_TRUE(pool.try_submit([&](const auto&) { ++done; }));
  EXPECT_TRUE(pool.try_submit([&](const auto&) { ++done; }));
  EXPECT_FALSE(pool.try_submit([&](const auto&) { ++done; }));  // one running, two waiting
  EXPECT_EQ(pool.stats().rejected, 1u);
  gate.open();
  pool.shutdown();
  EXPECT_EQ(done.load(), 3);
}

TEST(WorkerPool, ASlowJobDoesNotBlockTheOthers) {
  WorkerPool pool(2, 8, 0);
  Gate gate;
  std::atomic<int> quick{0};
  ASSERT_TRUE(pool.try_submit([&](const auto&) { gate.wait(); }));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(pool.try_submit([&](const auto&) { ++quick; }));
  EXPECT_TRUE(eventually([&] { return quick.load() == 5; }));
  gate.open();
}

TEST(WorkerPool, ShutdownRunsWhatIsQueuedAndRefusesMore) {
  WorkerPool pool(1, 16, 0);
  std::atomic<int> done{0};
  for (int i = 0; i < 5; ++i)
    ASSERT_TRUE(pool.try_submit([&](const auto&) { std::this_thread::sleep_for(5ms); ++done; }));
  pool.shutdown();
  EXPECT_EQ(done.load(), 5);
  EXPECT_FALSE(pool.try_submit([](const auto&) {}));
}

TEST(WorkerPool, AnAbandonedWorkerIsReplaced) {
  WorkerPool pool(1, 4, 4);
  auto stuck = std::make_shared<Gate>();  // the detached thread may outlive this test's frame
  std::atomic<bool> after{false};
  ASSERT_TRUE(pool.try_submit([stuck](const std::function<void()>& abandon) {
    abandon();  // as the watchdog would, from another thread
    abandon();  // a second call changes nothing
    stuck->wait();
  }));
  ASSERT_TRUE(eventually([&] { return pool.stats().abandoned == 1; }));
  EXPECT_EQ(pool.stats().workers, 1u);
  ASSERT_TRUE(pool.try_submit([&](const auto&) { after = true; }));
  EXPECT_TRUE(eventually([&] { return after.load(); }));
  // Shutdown does not wait for the stuck thread, and says it is still running.
  EXPECT_EQ(pool.shutdown(), 1u);
  stuck->open();
  EXPECT_TRUE(eventually([&] { return pool.stats().abandoned == 0; }));
}

TEST(WorkerPool, StopsReplacingPastTheLimit) {
  WorkerPool pool(1, 4, 0);
  auto stuck = std::make_shared<Gate>();
  ASSERT_TRUE(pool.try_submit([stuck](const std::function<void()>& abandon) {
    abandon();
    stuck->wait();
  }));
  ASSERT_TRUE(eventually([&] { return pool.stats().abandoned == 1; }));
  EXPECT_EQ(pool.stats().workers, 0u);
  EXPECT_FALSE(pool.try_submit([](const auto&) {}));  // nobody left to run it
  stuck->open();
  EXPECT_TRUE(eventually([&] { return pool.stats().abandoned == 0; }));
}

}  // namespace
}  // namespace llmos::server
