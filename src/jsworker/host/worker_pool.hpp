#pragma once
// JavaScript in worker processes: a pool of llmos-jsworker processes, started ahead of use by a
// supervisor thread, each sandboxed before it reads its first request (no files, sockets or new
// processes: it reaches nothing but its socket to the host). A worker runs one artifact at a
// time, each in a fresh runtime; a worker that crashes, breaks its policy or is stuck past the
// time limit is killed and replaced, and only its own request notices (kind internal, or timeout).
// Workers are retired after `runs_per_worker` runs, so the state an engine bug could leave in a
// process does not outlive that many artifacts.
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "isolation/outcome.hpp"
#include "isolation/process.hpp"
#include "jsworker/protocol.hpp"

namespace llmos::jsworker {

struct PoolOptions {
  std::size_t workers = 2;  // processes kept running
  std::size_t runs_per_worker = 1000;  // 0: never retired for age
  // How long past its time limit a run may take before its worker is killed (the engine's own
  // interrupt ends ordinary code at the limit; this catches native loops and broken workers).
  std::chrono::milliseconds stuck_grace{1000};
  std::chrono::milliseconds start_timeout{30000};
  bool sandbox_required = true;  // false: a worker runs with whatever confinement the machine has
  // The largest memory limit a run may have: bounds each worker's address space (with room for
  // results). Runs asking for more get a memory error sooner than their limit.
  std::size_t max_memory_bytes = std::size_t{16384} << 20;
  std::string executable;        // empty: find_worker_executable()
};

// Answers one LLMOS.storage request of the run (kernel/storage/remote_store.hpp).
using StorageServer = std::function<std::string(std::string_view request)>;
using OutputListener = std::function<void(bool is_stderr, std::string_view line)>;

struct Job {
  RunRequest request;
  StorageServer storage;    // unset: storage is unavailable
  OutputListener listener;  // unset: output only in the result
  // Requested during the run: the worker is killed and replaced, and the run ends with
  // TimeoutError "execution was cancelled".
  std::stop_token stop;
};

struct JobResult {
  RunReply reply;
  isolation::Outcome outcome = isolation::Outcome::kOk;
  pid_t worker = -1;  // the process that ran it
};

struct PoolStats {
  std::size_t workers = 0;  // processes alive (idle, busy or starting)
  std::size_t idle = 0;
  std::size_t runs = 0;
  std::size_t started = 0;
  std::size_t crashed = 0;  // died during a run (fault, policy, outside kill)
  std::size_t killed_stuck = 0;
  std::string sandbox;      // what the last worker reported ("full: user,pid,... namespaces; ...")
  std::string last_error;   // why the last start failed
};

class WorkerPool {
 public:
  explicit WorkerPool(PoolOptions options);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs one artifact; what the worker does (crash, hang, nonsense) becomes the result.
  JobResult run(const Job& job);
  PoolStats stats() const;
  std::vector<pid_t> worker_pids() const;  // tests: the processes to kill
  // Blocks until `n` workers are idle with their next runtime built, or `timeout` passes; for
  // benchmarks and tests.
  bool wait_idle(std::size_t n, std::chrono::milliseconds timeout);

 private:
  struct Worker {
    isolation::WorkerProcess process;
    std::size_t runs = 0;
    bool ready = true;  // its next runtime is built (it said hello, or ready after its last run)
  };
  // Reads the "ready" of idle workers that were still building, and drops the ones that died
  // while idle (killed from outside): an idle worker says nothing else.
  void check_idle_locked();
  using IdleList = std::deque<std::unique_ptr<Worker>>;
  IdleList::iterator drop_locked(IdleList::iterator it);  // the next one
  void supervise();
  std::unique_ptr<Worker> start_worker(std::string& error);
  std::unique_ptr<Worker> acquire(std::string& error);
  void release(std::unique_ptr<Worker> worker);  // healthy: back to idle, or retired when old
  void lost();                                    // a worker is gone: the supervisor replaces it

  const PoolOptions options_;
  std::string executable_;
  mutable std::mutex mu_;
  std::condition_variable changed_;  // idle workers, live count, stopping
  IdleList idle_;
  std::vector<pid_t> pids_;
  std::size_t live_ = 0;  // idle + busy (the supervisor's target is options_.workers)
  PoolStats stats_;
  bool stopping_ = false;
  std::thread supervisor_;  // last: starts after every member above exists
};

// Where llmos-jsworker is: $LLMOS_JSWORKER, else next to the running executable, else the build
// tree's, else the install prefix's libexec. Empty when none exists.
std::string find_worker_executable();

}  // namespace llmos::jsworker
