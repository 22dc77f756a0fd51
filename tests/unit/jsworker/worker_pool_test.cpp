// The pool of JavaScript worker processes with the real llmos-jsworker: what a worker reaches
// once sandboxed, and that the host and the other requests survive whatever one worker does.
// The faults come from the worker's test hooks (LLMOS_TEST_HOOKS=1): the effects an engine bug
// could have, since no JavaScript can cause them on purpose.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <set>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "isolation/sandbox.hpp"
#include "jsworker/host/worker_pool.hpp"
#include "kernel/storage/remote_store.hpp"

namespace {

using namespace llmos;
using namespace llmos::jsworker;
using namespace std::chrono_literals;

std::unique_ptr<WorkerPool> make_pool(std::size_t workers, std::size_t runs_per_worker = 1000) {
  ::setenv("LLMOS_TEST_HOOKS", "1", 1);
  PoolOptions o;
  o.workers = workers;
  o.runs_per_worker = runs_per_worker;
  o.sandbox_required = isolation::probe_host_sandbox().complete();
  o.stuck_grace = 300ms;
  return std::make_unique<WorkerPool>(o);
}

// True once the process has exited (a zombie or gone): its sockets are closed then, which is what
// the pool sees. Between SIGKILL and that moment it still looks alive to anyone.
bool wait_exited(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    char state = 0;
    if (FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r")) {
      const int n = std::fscanf(f, "%*d (%*[^)]) %c", &state);
      std::fclose(f);
      if (n == 1 && (state == 'Z' || state == 'X')) return true;
    } else {
      return true;
    }
    std::this_thread::sleep_for(2ms);
  }
  return false;
}

JobResult run(WorkerPool& pool, const std::string& code, std::int64_t timeout_ms = 5000) {
  Job job;
  job.request.code = code;
  job.request.limits.timeout_ms = timeout_ms;
  return pool.run(job);
}

TEST(JsWorkerPool, RunsArtifactsInASandboxedProcess) {
  auto pool = make_pool(1);
  const JobResult r = run(*pool, "console.log('hi'); [1 + 1, typeof LLMOS.storage.get]");
  ASSERT_TRUE(r.reply.result.success) << r.reply.result.to_json();
  EXPECT_EQ(r.reply.result.output_json, "[2,\"function\"]");
  EXPECT_EQ(r.reply.result.logs, std::vector<std::string>{"hi"});
  EXPECT_NE(r.worker, ::getpid());
  if (isolation::probe_host_sandbox().complete()) {
    EXPECT_EQ(pool->stats().sandbox.rfind("full: ", 0), 0u) << pool->stats().sandbox;
  }
}

TEST(JsWorkerPool, AWorkerReachesNoFileSocketOrProcess) {
  if (!isolation::probe_host_sandbox().complete()) GTEST_SKIP() << "the machine offers no complete sandbox";
  auto pool = make_pool(1);
  const JobResult r = run(*pool, "['open', 'socket', 'fork'].map(f => __llmos_test_fault(f))");
  ASSERT_TRUE(r.reply.result.success) << r.reply.result.to_json();
  EXPECT_EQ(r.reply.result.output_json,
            "[\"open: Operation not permitted\",\"socket: Operation not permitted\",\"fork: Operation not permitted\"]");
}

TEST(JsWorkerPool, AWorkerInheritsNoDescriptorOfTheHost) {
  // As a server's client connection or database file would be: open, not close-on-exec.
  const int fd = ::open("/dev/null", O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::dup2(fd, 900), 900);
  ::close(fd);
  auto pool = make_pool(1);
  EXPECT_EQ(run(*pool, "__llmos_test_fault('inherited')").reply.result.output_json, "\"fd 900: closed\"");
  pool.reset();
  ::close(900);
}

TEST(JsWorkerPool, StorageIsTheHostsInTheRunsNamespace) {
  auto pool = make_pool(1);
  const auto dir = std::filesystem::temp_directory_path() / ("llmos-jsworker-storage-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto store = kernel::storage::Store::shared(dir.string());
  ASSERT_TRUE(store);
  std::shared_ptr<kernel::storage::Store> host = store.value();
  Job job;
  job.request.artifact_id = "claimed";
  job.request.code = "await LLMOS.storage.set('k', {v: 1}); [await LLMOS.storage.get('k'), await LLMOS.storage.keys()]";
  job.storage = [host](std::string_view q) { return kernel::storage::answer_remote_call(*host, "granted", q); };
  const JobResult r = pool->run(job);
  ASSERT_TRUE(r.reply.result.success) << r.reply.result.to_json();
  EXPECT_EQ(r.reply.result.output_json, "[{\"v\":1},[\"k\"]]");
  EXPECT_EQ(*host->get("granted", "k").value(), "{\"v\":1}");
  EXPECT_FALSE(host->get("claimed", "k").value());
  // No storage offered: a clear rejection, as in process.
  const JobResult none = run(*pool, "await LLMOS.storage.get('k').catch(e => e.message)");
  EXPECT_EQ(none.reply.result.output_json, "\"LLMOS.storage.get: storage is unavailable: no data directory is configured\"");
  std::filesystem::remove_all(dir);
}

TEST(JsWorkerPool, CrashesAndPolicyBreachesStayInTheirRequest) {
  auto pool = make_pool(1);
  struct Case {
    const char* fault;
    const char* says;
  };
  for (const Case c : {Case{"segv", "crashed (SIGSEGV)"}, Case{"abort", "crashed (SIGABRT)"},
                       Case{"exit", "exited (status 3)"}, Case{"escape", "broke its sandbox policy (SIGSYS"}}) {
    if (std::string(c.fault) == "escape" && !isolation::probe_host_sandbox().seccomp) continue;
    const JobResult r = run(*pool, std::string("__llmos_test_fault('") + c.fault + "')");
    ASSERT_FALSE(r.reply.result.success) << c.fault;
    EXPECT_EQ(r.reply.result.error->kind, ErrorKind::kInternal) << c.fault;
    EXPECT_NE(r.reply.result.error->message.find(c.says), std::string::npos) << r.reply.result.error->message;
    EXPECT_NE(r.reply.result.error->message.find("replaced"), std::string::npos);
    // The next request is served by the replacement.
    const JobResult next = run(*pool, "6 * 7");
    EXPECT_EQ(next.reply.result.output_json, "42") << c.fault << ": " << next.reply.result.to_json();
    EXPECT_NE(next.worker, r.worker);
  }
  EXPECT_GE(pool->stats().crashed, 3u);
}

TEST(JsWorkerPool, ANativeLoopPastTheLimitCostsOnlyItsWorker) {
  auto pool = make_pool(1);
  const auto start = std::chrono::steady_clock::now();
  const JobResult r = run(*pool, "__llmos_test_fault('hang')", 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  ASSERT_FALSE(r.reply.result.success);
  EXPECT_EQ(r.reply.result.error->kind, ErrorKind::kTimeout);
  EXPECT_NE(r.reply.result.error->message.find("killed and replaced"), std::string::npos);
  EXPECT_EQ(run(*pool, "1").reply.result.output_json, "1");
  EXPECT_EQ(pool->stats().killed_stuck, 1u);
}

// A worker that prepares its next runtime quickly sends "ready" right behind its result, often
// in the same read: the pool must still see it, or a caller waiting for a prepared worker (the
// server choosing one, llmos-bench) waits out its whole timeout after most runs.
TEST(JsWorkerPool, TheReadyBehindAResultIsNotLost) {
  auto pool = make_pool(1);
  ASSERT_TRUE(pool->wait_idle(1, 30s));
  int waited_out = 0;
  for (int i = 0; i < 200; ++i) {
    ASSERT_EQ(run(*pool, "1").reply.result.output_json, "1");
    if (!pool->wait_idle(1, 2s)) ++waited_out;
  }
  EXPECT_EQ(waited_out, 0);
}

TEST(JsWorkerPool, KillOfAWorkerMidRunAndWhileIdle) {
  auto pool = make_pool(2);
  ASSERT_TRUE(pool->wait_idle(2, 30s));
  std::atomic<pid_t> busy{-1};
  JobResult killed;
  std::thread t([&] { killed = run(*pool, "for (;;) {}", 20000); });
  // The busy worker is the one of the two that is no longer idle.
  for (int i = 0; i < 500 && pool->stats().idle != 1; ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(pool->stats().idle, 1u);
  const auto pids = pool->worker_pids();
  ASSERT_EQ(pids.size(), 2u);
  // Kill both: one mid-run, one idle. The run gets a clear error at once, not at its limit.
  for (pid_t p : pids) ::kill(p, SIGKILL);
  t.join();
  ASSERT_FALSE(killed.reply.result.success);
  EXPECT_EQ(killed.reply.result.error->kind, ErrorKind::kInternal);
  EXPECT_NE(killed.reply.result.error->message.find("killed (SIGKILL)"), std::string::npos)
      << killed.reply.result.error->message;
  EXPECT_LT(killed.reply.result.execution_time_ms, 15000);
  // The idle one is found dead when taken, and replaced: the next runs succeed. (A kill that lands
  // while the run is being handed over is the mid-run case above: a clear error.)
  for (pid_t p : pids) ASSERT_TRUE(wait_exited(p, 10s)) << p;
  for (int i = 0; i < 4; ++i) EXPECT_EQ(run(*pool, "'ok'").reply.result.output_json, "\"ok\"");
}

TEST(JsWorkerPool, WorkersAreRetiredAfterTheirRuns) {
  auto pool = make_pool(1, 2);
  std::set<pid_t> seen;
  for (int i = 0; i < 6; ++i) {
    const JobResult r = run(*pool, "globalThis.x = (globalThis.x || 0) + 1");
    EXPECT_EQ(r.reply.result.output_json, "1");  // a fresh runtime every time
    seen.insert(r.worker);
  }
  EXPECT_EQ(seen.size(), 3u);
}

TEST(JsWorkerPool, ConcurrentMixedRequests) {
  auto pool = make_pool(2);
  std::atomic<int> wrong{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; i < 15; ++i) {
        switch ((c + i) % 4) {
          case 0:
            if (run(*pool, "2 + 2").reply.result.output_json != "4") ++wrong;
            break;
          case 1: {
            const JobResult r = run(*pool, "while (true) {}", 50);
            if (r.reply.result.success || r.reply.result.error->kind != ErrorKind::kTimeout) ++wrong;
            break;
          }
          case 2: {
            Job job;
            job.request.code = "const a = []; for (;;) a.push(new Array(1e5).fill(1));";
            job.request.limits.memory_bytes = 8u << 20;
            const JobResult r = pool->run(job);
            if (r.reply.result.success || r.reply.result.error->kind != ErrorKind::kMemory) ++wrong;
            break;
          }
          case 3: {
            const JobResult r = run(*pool, "__llmos_test_fault('segv')");
            if (r.reply.result.success || r.reply.result.error->kind != ErrorKind::kInternal) ++wrong;
            break;
          }
        }
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
