#include "server/connection_guard.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <limits>
#include <system_error>

namespace llmos::server {

// --- ConnectionThreads -----------------------------------------------------------------------

// Shared with the (detached) threads, so that none touches memory that is gone.
struct ConnectionThreads::State {
  std::size_t min_threads = 1;
  std::size_t max_threads = 1;
  std::chrono::milliseconds idle_exit{10000};
  std::mutex mutex;
  std::condition_variable cv;    // a job arrived, or stopping
  std::condition_variable done;  // a thread ended
  std::deque<std::function<void()>> jobs;
  std::size_t threads = 0;
  std::size_t idle = 0;
  bool stopping = false;

  // With `mutex` held. False when no thread could be started.
  bool spawn(const std::shared_ptr<State>& self) {
    try {
      std::thread([self] { self->run(); }).detach();
    } catch (const std::system_error&) {
      return false;  // out of threads: the jobs wait for the threads there are
    }
    ++threads;
    return true;
  }

  void run() {
    std::unique_lock lock(mutex);
    for (;;) {
      ++idle;
      const bool woken = cv.wait_for(lock, idle_exit, [&] { return stopping || !jobs.empty(); });
      --idle;
      if (jobs.empty()) {
        if (stopping || (!woken && threads > min_threads)) {
          --threads;
          done.notify_all();
          return;
        }
        continue;
      }
      std::function<void()> job = std::move(jobs.front());
      jobs.pop_front();
      lock.unlock();
      job();
      job = nullptr;
      lock.lock();
    }
  }
};

ConnectionThreads::ConnectionThreads(std::size_t min_threads, std::size_t max_threads,
                                     std::chrono::milliseconds idle_exit)
    : state_(std::make_shared<State>()) {
  state_->min_threads = min_threads == 0 ? 1 : min_threads;
  state_->max_threads = std::max(state_->min_threads, max_threads);
  state_->idle_exit = idle_exit;
  std::lock_guard guard(state_->mutex);
  for (std::size_t i = 0; i < state_->min_threads; ++i) state_->spawn(state_);
}

ConnectionThreads::~ConnectionThreads() { shutdown(); }

void ConnectionThreads::enqueue(std::function<void()> fn) {
  {
    std::lock_guard guard(state_->mutex);
    state_->jobs.push_back(std::move(fn));
    // Every connection gets a thread of its own at once, up to the limit.
    if (state_->jobs.size() > state_->idle && state_->threads < state_->max_threads) state_->spawn(state_);
  }
  state_->cv.notify_one();
}

void ConnectionThreads::shutdown() {
  std::unique_lock lock(state_->mutex);
  state_->stopping = true;
  state_->cv.notify_all();
  // The queued connections are served first (as httplib's ThreadPool does).
  state_->done.wait(lock, [&] { return state_->threads == 0; });
}

// --- ConnectionGuard ---------------------------------------------------------------------------

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kNoDeadline = std::numeric_limits<std::int64_t>::max();

std::int64_t ticks(Clock::time_point t) { return t.time_since_epoch().count(); }

}  // namespace

struct ConnectionGuard::Entry {
  int fd = -1;  // a duplicate of the connection's socket, closed by close() only
  const Limits* limits = nullptr;
  std::atomic<std::int64_t> deadline{kNoDeadline};
  bool cut = false;  // guarded by the guard's mutex
};

namespace {
thread_local ConnectionGuard::Entry* t_entry = nullptr;
}

ConnectionGuard::ConnectionGuard(const Limits& limits) : limits_(limits) {
  // The watcher takes no signals (SIGTERM and SIGINT are for the thread that waits for them).
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  thread_ = std::thread([this] { watch(); });
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

ConnectionGuard::~ConnectionGuard() {
  {
    std::lock_guard guard(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void ConnectionGuard::open(int sock) {
  auto entry = std::make_shared<Entry>();
  // The watcher shuts down its own duplicate: httplib closes `sock` itself, and the number could
  // be reused by the next connection before close() runs.
  entry->fd = fcntl(sock, F_DUPFD_CLOEXEC, 0);
  if (entry->fd < 0) return;  // out of descriptors: this connection goes unwatched
  entry->limits = &limits_;
  entry->deadline.store(ticks(Clock::now() + limits_.head_timeout));
  t_entry = entry.get();
  std::lock_guard guard(mutex_);
  entries_.push_back(std::move(entry));
}

void ConnectionGuard::close() {
  Entry* mine = t_entry;
  t_entry = nullptr;
  if (!mine) return;
  std::lock_guard guard(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->get() == mine) {
      ::close(mine->fd);
      entries_.erase(it);
      return;
    }
  }
}

void ConnectionGuard::head_received(std::size_t content_length) {
  if (!t_entry) return;
  const Limits& l = *t_entry->limits;
  const auto allowance = l.body_timeout + std::chrono::seconds(content_length / std::max<std::size_t>(1, l.body_min_rate));
  t_entry->deadline.store(ticks(Clock::now() + allowance));
}

void ConnectionGuard::request_received() {
  if (t_entry) t_entry->deadline.store(kNoDeadline);
}

void ConnectionGuard::response_sent() {
  if (t_entry) t_entry->deadline.store(ticks(Clock::now() + t_entry->limits->head_timeout));
}

bool ConnectionGuard::client_gone() {
  if (!t_entry) return false;
  pollfd p{t_entry->fd, POLLRDHUP, 0};
  return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

std::size_t ConnectionGuard::dropped() const {
  std::lock_guard guard(mutex_);
  return dropped_;
}

void ConnectionGuard::watch() {
  std::unique_lock lock(mutex_);
  while (!stop_) {
    cv_.wait_for(lock, std::chrono::milliseconds(100));
    const std::int64_t now = ticks(Clock::now());
    std::size_t cut_now = 0;
    for (const auto& e : entries_) {
      if (e->cut || e->deadline.load() > now) continue;
      // The connection's thread, waiting in a read, sees the end of the stream and closes it.
      ::shutdown(e->fd, SHUT_RDWR);
      e->cut = true;
      ++cut_now;
    }
    if (cut_now > 0) {
      dropped_ += cut_now;
      std::fprintf(stderr,
                   "llmos: dropped %zu connection(s) whose request did not arrive in time "
                   "(head within %lld ms, body within %lld ms + 1 s per %zu bytes)\n",
                   cut_now, static_cast<long long>(limits_.head_timeout.count()),
                   static_cast<long long>(limits_.body_timeout.count()), limits_.body_min_rate);
    }
  }
}

// --- GuardedServer -------------------------------------------------------------------------------

// httplib::Server::process_and_close_socket, called without virtual dispatch. httplib 0.11
// declares it virtual but private, so an override may replace it but not call it by name; this
// is the same function through its (exported, Itanium ABI) symbol, `this` passed first.
bool httplib_server_process_and_close_socket(httplib::Server* self, socket_t sock) __asm__(
    "_ZN7httplib6Server24process_and_close_socketEi");

bool GuardedServer::process_and_close_socket(socket_t sock) {
  struct Watch {
    ConnectionGuard& guard;
    Watch(ConnectionGuard& g, socket_t s) : guard(g) { guard.open(s); }
    ~Watch() { guard.close(); }
  } watch(guard_, sock);
  return httplib_server_process_and_close_socket(this, sock);
}

}  // namespace llmos::server
