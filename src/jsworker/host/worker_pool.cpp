#include "jsworker/host/worker_pool.hpp"

#include <poll.h>
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "isolation/frame.hpp"
#include "kernel/storage/remote_store.hpp"

#ifndef LLMOS_JSWORKER_BUILD_PATH
#define LLMOS_JSWORKER_BUILD_PATH ""
#endif
#ifndef LLMOS_JSWORKER_INSTALL_PATH
#define LLMOS_JSWORKER_INSTALL_PATH ""
#endif

namespace llmos::jsworker {
namespace {

namespace iso = isolation;
using Clock = std::chrono::steady_clock;

RunReply failed(ErrorInfo error, double time_ms = 0) {
  RunReply r;
  r.result.success = false;
  r.result.error = std::move(error);
  r.result.execution_time_ms = time_ms;
  return r;
}

// What the request learns about a worker that ended without a result.
std::string how_it_ended(const iso::ChildExit& exit, iso::Outcome outcome) {
  if (outcome == iso::Outcome::kViolation)
    return "the JavaScript worker process broke its sandbox policy (SIGSYS: a forbidden system call) while running "
           "this artifact; it was stopped and replaced";
  if (exit.exited)
    return "the JavaScript worker process exited (status " + std::to_string(exit.code) +
           ") without a result while running this artifact; it was replaced";
  if (outcome == iso::Outcome::kKilled)
    return "the JavaScript worker process was killed (" + iso::signal_name(exit.signal) +
           ") while running this artifact; it was replaced";
  return "the JavaScript worker process crashed (" + iso::signal_name(exit.signal) +
         ") while running this artifact; it was replaced";
}

// The environment of a worker: nothing of the host's (tokens, paths), but the switches that
// shape a test or a sanitizer run.
std::vector<std::string> worker_environment() {
  std::vector<std::string> env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
  // TZ as the host has it (unset: the worker reads /etc/localtime before its sandbox closes), so
  // Date behaves as in process.
  for (const char* name : {"TZ", "LLMOS_TEST_HOOKS", "UBSAN_OPTIONS", "LSAN_OPTIONS"})
    if (const char* v = std::getenv(name)) env.push_back(std::string(name) + "=" + v);
#if defined(__SANITIZE_ADDRESS__)
  // A fault in a worker stays a fault (SIGSEGV, SIGBUS), as in a release build, instead of
  // ASan's report and exit status 1: the host's handling of crashes is what the tests check.
  const char* asan = std::getenv("ASAN_OPTIONS");
  env.push_back(std::string("ASAN_OPTIONS=") + (asan ? std::string(asan) + ":" : std::string()) +
                "handle_segv=0:handle_sigbus=0:handle_sigfpe=0");
#else
  if (const char* v = std::getenv("ASAN_OPTIONS")) env.push_back(std::string("ASAN_OPTIONS=") + v);
#endif
  return env;
}

}  // namespace

std::string find_worker_executable() {
  return iso::find_helper_executable("LLMOS_JSWORKER", "llmos-jsworker",
                                     {LLMOS_JSWORKER_BUILD_PATH, LLMOS_JSWORKER_INSTALL_PATH});
}

WorkerPool::WorkerPool(PoolOptions options)
    : options_(std::move(options)),
      executable_(options_.executable.empty() ? find_worker_executable() : options_.executable),
      supervisor_([this] { supervise(); }) {}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  changed_.notify_all();
  supervisor_.join();
  std::lock_guard lock(mu_);
  idle_.clear();  // each WorkerProcess kills and reaps its process
}

std::unique_ptr<WorkerPool::Worker> WorkerPool::start_worker(std::string& error) {
  if (executable_.empty()) {
    error = "llmos-jsworker was not found (beside llmos, in the build tree or set in $LLMOS_JSWORKER)";
    return nullptr;
  }
  auto w = std::make_unique<Worker>();
  const bool debug = std::getenv("LLMOS_JSWORKER_DEBUG") != nullptr;
  w->process = iso::WorkerProcess::spawn(executable_,
                                         {options_.sandbox_required ? "required" : "off",
                                          std::to_string(options_.max_memory_bytes)},
                                         worker_environment(), debug, error);
  if (!error.empty()) return nullptr;
  // It says hello once it is sandboxed and has a context built for its first run.
  iso::FrameReader reader(w->process.fd(), 1 << 20);
  std::string frame;
  const auto st = reader.next(Clock::now() + options_.start_timeout, frame);
  const auto hello = st == iso::FrameReader::Status::kFrame ? decode_worker_message(frame) : std::nullopt;
  if (!hello || hello->type != WorkerMessage::Type::kHello) {
    const iso::ChildExit exit = w->process.reap(std::chrono::milliseconds(100));
    error = st == iso::FrameReader::Status::kTimeout
                ? "llmos-jsworker did not start within " + std::to_string(options_.start_timeout.count()) + " ms"
                : "llmos-jsworker did not start (" +
                      (exit.exited ? "exit status " + std::to_string(exit.code) : iso::signal_name(exit.signal)) +
                      "; set LLMOS_JSWORKER_DEBUG=1 to see its errors, or LLMOS_JS_SANDBOX=off where the machine "
                      "lacks a sandbox mechanism)";
    return nullptr;
  }
  std::lock_guard lock(mu_);
  stats_.sandbox = hello->text;
  return w;
}

void WorkerPool::supervise() {
  std::unique_lock lock(mu_);
  int failures = 0;
  while (!stopping_) {
    if (live_ >= std::max<std::size_t>(options_.workers, 1)) {
      changed_.wait(lock);
      continue;
    }
    ++live_;  // counted while it starts, so acquire() knows one is coming
    lock.unlock();
    std::string error;
    std::unique_ptr<Worker> w = start_worker(error);
    lock.lock();
    if (!w) {
      --live_;
      stats_.last_error = error;
      std::fprintf(stderr, "llmos: %s\n", error.c_str());
      changed_.notify_all();
      // A worker that cannot start will not start a moment later either: back off, bounded.
      ++failures;
      changed_.wait_for(lock, std::chrono::milliseconds(std::min(2000, 50 << std::min(failures, 5))),
                        [this] { return stopping_; });
      continue;
    }
    failures = 0;
    ++stats_.started;
    pids_.push_back(w->process.pid());
    idle_.push_back(std::move(w));
    changed_.notify_all();
  }
}

std::unique_ptr<WorkerPool::Worker> WorkerPool::acquire(std::string& error) {
  std::unique_lock lock(mu_);
  const auto deadline = Clock::now() + options_.start_timeout;
  for (;;) {
    check_idle_locked();
    if (!idle_.empty()) {
      // A worker whose next runtime is built first; else the first, which will be soon.
      auto it = std::find_if(idle_.begin(), idle_.end(), [](const auto& w) { return w->ready; });
      if (it == idle_.end()) it = idle_.begin();
      auto w = std::move(*it);
      idle_.erase(it);
      return w;
    }
    // None idle: wait for a run to end or a start to finish. When nothing is starting and the
    // last start failed, say why instead of waiting out the whole timeout.
    if (live_ == 0 && !stats_.last_error.empty() && stats_.started == 0) {
      error = stats_.last_error;
      return nullptr;
    }
    if (changed_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty()) {
      error = stats_.last_error.empty() ? "no JavaScript worker became free within " +
                                              std::to_string(options_.start_timeout.count()) + " ms"
                                        : stats_.last_error;
      return nullptr;
    }
  }
}

void WorkerPool::check_idle_locked() {
  for (auto it = idle_.begin(); it != idle_.end();) {
    Worker& w = **it;
    pollfd p{w.process.fd(), POLLIN, 0};
    if (::poll(&p, 1, 0) == 0) {
      ++it;
      continue;
    }
    bool alive = false;
    if (!w.ready) {
      iso::FrameReader reader(w.process.fd(), 1024);
      std::string frame;
      if (reader.next(Clock::now() + std::chrono::milliseconds(50), frame) == iso::FrameReader::Status::kFrame) {
        const auto m = decode_worker_message(frame);
        alive = m && m->type == WorkerMessage::Type::kReady;
      }
      w.ready = alive;
    }
    if (alive) {
      ++it;
    } else {
      it = drop_locked(it);
    }
  }
}

WorkerPool::IdleList::iterator WorkerPool::drop_locked(IdleList::iterator it) {
  const pid_t pid = (*it)->process.pid();
  (*it)->process.reap(std::chrono::milliseconds(0));
  std::erase(pids_, pid);
  --live_;
  changed_.notify_all();
  return idle_.erase(it);
}

void WorkerPool::release(std::unique_ptr<Worker> w) {
  std::unique_lock lock(mu_);
  if (options_.runs_per_worker == 0 || w->runs < options_.runs_per_worker) {
    idle_.push_back(std::move(w));
    changed_.notify_all();
    return;
  }
  lock.unlock();
  const pid_t pid = w->process.pid();
  w.reset();  // kills and reaps: a few hundred microseconds
  lock.lock();
  std::erase(pids_, pid);
  --live_;
  changed_.notify_all();
}

void WorkerPool::lost() {
  std::lock_guard lock(mu_);
  --live_;
  changed_.notify_all();
}

JobResult WorkerPool::run(const Job& job) {
  JobResult out;
  const RunRequest& req = job.request;
  std::string error;
  std::unique_ptr<Worker> w = acquire(error);
  if (!w) {
    out.reply = failed(ErrorInfo::make("Error", "JavaScript cannot run: " + error, ErrorKind::kInternal));
    out.outcome = iso::Outcome::kCrashed;
    return out;
  }
  out.worker = w->process.pid();
  ++w->runs;
  const auto start = Clock::now();
  const int fd = w->process.fd();
  bool closed = !iso::write_frame(fd, encode_run(req), true);
  bool timed_out = false, got_result = false, stopped = false;
  iso::FrameReader reader(fd, kMaxWorkerFrameBytes);
  const auto deadline = start + std::chrono::milliseconds(req.limits.timeout_ms) + options_.stuck_grace;
  while (!closed && !got_result) {
    std::string frame;
    const auto st = reader.next(deadline, frame, job.stop);
    if (st == iso::FrameReader::Status::kTimeout) {
      timed_out = true;
      break;
    }
    if (st == iso::FrameReader::Status::kStopped) {
      stopped = true;
      break;
    }
    if (st == iso::FrameReader::Status::kClosed) {
      closed = true;
      break;
    }
    std::optional<WorkerMessage> m = decode_worker_message(frame);
    if (m && m->type == WorkerMessage::Type::kReady) continue;  // it was still building: now it runs ours
    if (!m || m->type == WorkerMessage::Type::kHello) {
      closed = true;  // a worker that speaks nonsense is treated as one that broke
      break;
    }
    switch (m->type) {
      case WorkerMessage::Type::kOutput:
        if (job.listener) job.listener(m->is_stderr, m->text);
        break;
      case WorkerMessage::Type::kStorage: {
        const std::string answer = job.storage ? job.storage(m->text)
                                               : kernel::storage::remote_unavailable("no data directory is configured");
        if (!iso::write_frame(fd, encode_storage_answer(answer), true)) closed = true;
        break;
      }
      case WorkerMessage::Type::kResult:
        out.reply = std::move(m->reply);
        got_result = true;
        break;
      case WorkerMessage::Type::kHello:
      case WorkerMessage::Type::kReady:
        break;
    }
  }
  const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (got_result) {
    // It builds its next runtime now, and says so. When it did so quickly, the read that brought
    // the result brought the "ready" too: it must not be lost with the reader, or the worker
    // counts as unprepared until its next run (callers waiting for a ready worker waited out
    // their whole timeout).
    w->ready = false;
    while (const auto more = reader.buffered()) {
      const std::optional<WorkerMessage> m = decode_worker_message(*more);
      if (m && m->type == WorkerMessage::Type::kReady) w->ready = true;
    }
    release(std::move(w));
    {
      std::lock_guard lock(mu_);
      ++stats_.runs;
    }
    out.outcome = out.reply.result.success ? iso::Outcome::kOk : iso::Outcome::kError;
    return out;
  }

  // No result: the worker is finished either way. Find out how, then let it be replaced.
  iso::EndFacts facts;
  facts.host_timed_out = timed_out || stopped;  // the host ends it now
  facts.exit = w->process.reap(facts.host_timed_out ? std::chrono::milliseconds(0) : std::chrono::milliseconds(200));
  const pid_t pid = out.worker;
  w.reset();
  {
    std::lock_guard lock(mu_);
    std::erase(pids_, pid);
    ++stats_.runs;
    if (!stopped) ++(timed_out ? stats_.killed_stuck : stats_.crashed);
  }
  lost();
  out.outcome = iso::classify(facts);
  if (stopped) {
    out.reply = failed(ErrorInfo::cancelled(), elapsed);
  } else if (timed_out) {
    out.reply = failed(ErrorInfo::make("TimeoutError",
                                       "execution exceeded the time limit of " + std::to_string(req.limits.timeout_ms) +
                                           " ms (stopped inside a native loop of the engine; its worker process was killed "
                                           "and replaced)",
                                       ErrorKind::kTimeout),
                       static_cast<double>(req.limits.timeout_ms));
  } else {
    out.reply = failed(ErrorInfo::make("Error", how_it_ended(facts.exit, out.outcome), ErrorKind::kInternal), elapsed);
  }
  std::fprintf(stderr, "llmos: artifact '%s': %s\n", req.artifact_id.c_str(), out.reply.result.error->message.c_str());
  return out;
}

PoolStats WorkerPool::stats() const {
  std::lock_guard lock(mu_);
  PoolStats s = stats_;
  s.workers = live_;
  s.idle = idle_.size();
  return s;
}

std::vector<pid_t> WorkerPool::worker_pids() const {
  std::lock_guard lock(mu_);
  return pids_;
}

bool WorkerPool::wait_idle(std::size_t n, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::unique_lock lock(mu_);
  for (;;) {
    check_idle_locked();  // a worker's "ready" arrives on its socket, not as a notification
    const auto ready = std::count_if(idle_.begin(), idle_.end(), [](const auto& w) { return w->ready; });
    if (static_cast<std::size_t>(ready) >= n) return true;
    if (Clock::now() >= deadline) return false;
    changed_.wait_for(lock, std::chrono::milliseconds(1));
  }
}

}  // namespace llmos::jsworker
