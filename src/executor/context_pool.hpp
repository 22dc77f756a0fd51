#pragma once
// Sandboxes built ahead of use. Each one is a runtime and its context with the LLMOS API and the
// stdlib installed, never used by any artifact; it leaves the pool for exactly one execution and
// is destroyed after it. A background thread does both the building and the destroying, so a
// request pays for neither, and isolation between artifacts stays what a fresh context gives.
//
// The pool adapts: it starts small, doubles its target whenever a request finds it empty (up to
// `max_ready`), and shrinks by one after each idle period without a miss, so an idle process
// holds a few hundred KB and a busy one keeps up with its load.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

// Engine types stay behind pointers: this header is part of the executor's interface, which
// does not expose QuickJS.
namespace llmos::engine {
class Sandbox;
}
namespace llmos::kernel {
struct Stdlib;
}

namespace llmos::executor {

// A sandbox with the API and stdlib installed; the stdlib's bytecode lives as long as the
// runtime that reads it in place.
class PreparedSandbox {
 public:
  explicit PreparedSandbox(std::shared_ptr<const kernel::Stdlib> stdlib);
  ~PreparedSandbox();
  PreparedSandbox(const PreparedSandbox&) = delete;
  PreparedSandbox& operator=(const PreparedSandbox&) = delete;

  engine::Sandbox& sandbox() { return *sandbox_; }
  const std::shared_ptr<const kernel::Stdlib>& stdlib() const { return stdlib_; }
  // Why the stdlib did not load (the sandbox must not be used then).
  const std::optional<std::string>& error() const { return error_; }
  // What its runtime holds, by the allocator's own count (blocks plus their overhead): the
  // memory an idle pooled sandbox costs.
  std::size_t heap_bytes() const;

 private:
  std::shared_ptr<const kernel::Stdlib> stdlib_;  // declared first: outlives the sandbox
  std::unique_ptr<engine::Sandbox> sandbox_;
  std::optional<std::string> error_;
};

struct ContextPoolOptions {
  std::size_t max_ready = 16;  // bound on memory: about 250 KB per ready sandbox
  std::size_t initial_ready = 2;
  std::chrono::milliseconds shrink_after{2000};  // idle time without a miss before shrinking
};

struct ContextPoolStats {
  std::size_t ready = 0;
  std::size_t target = 0;
  std::size_t hits = 0;
  std::size_t misses = 0;  // takes that found the pool empty and built inline
  std::size_t ready_bytes = 0;  // heap_bytes() of the ready sandboxes together
};

class ContextPool {
 public:
  ContextPool(std::shared_ptr<const kernel::Stdlib> stdlib, ContextPoolOptions options = {});
  ~ContextPool();
  ContextPool(const ContextPool&) = delete;
  ContextPool& operator=(const ContextPool&) = delete;

  const std::shared_ptr<const kernel::Stdlib>& stdlib() const { return stdlib_; }
  // A never-used sandbox: from the pool, or built here when it is empty.
  std::unique_ptr<PreparedSandbox> take();
  // Hands a used sandbox to the pool's thread to be destroyed.
  void retire(std::unique_ptr<PreparedSandbox> used);
  // Blocks until at least `n` sandboxes are ready (or `timeout` passes); for benchmarks and tests.
  bool wait_ready(std::size_t n, std::chrono::milliseconds timeout);
  ContextPoolStats stats() const;

 private:
  void run();

  const std::shared_ptr<const kernel::Stdlib> stdlib_;
  const ContextPoolOptions options_;
  mutable std::mutex mu_;
  std::condition_variable work_;   // the pool's thread: something to build or destroy
  std::condition_variable filled_;  // wait_ready
  std::deque<std::unique_ptr<PreparedSandbox>> ready_;
  std::deque<std::unique_ptr<PreparedSandbox>> retired_;
  std::size_t target_;
  std::size_t hits_ = 0;
  std::size_t misses_ = 0;
  std::chrono::steady_clock::time_point last_miss_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after every member above exists
};

}  // namespace llmos::executor
