#include "executor/context_pool.hpp"

#include <algorithm>
#include <utility>

#include "engine/sandbox.hpp"
#include "kernel/llmos_api.hpp"
#include "kernel/stdlib.hpp"

namespace llmos::executor {

PreparedSandbox::PreparedSandbox(std::shared_ptr<const kernel::Stdlib> stdlib)
    : stdlib_(std::move(stdlib)), sandbox_(std::make_unique<engine::Sandbox>()) {
  engine::Context& ctx = sandbox_->context();
  kernel::install_api(ctx);
  error_ = kernel::install_stdlib(ctx, *stdlib_);
}

PreparedSandbox::~PreparedSandbox() = default;

std::size_t PreparedSandbox::heap_bytes() const { return sandbox_->runtime().memory_used(); }

ContextPool::ContextPool(std::shared_ptr<const kernel::Stdlib> stdlib, ContextPoolOptions options)
    : stdlib_(std::move(stdlib)),
      options_(options),
      target_(std::clamp<std::size_t>(options.initial_ready, 1, std::max<std::size_t>(1, options.max_ready))),
      last_miss_(std::chrono::steady_clock::now()),
      thread_([this] { run(); }) {}

ContextPool::~ContextPool() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_.notify_all();
  thread_.join();
}

std::unique_ptr<PreparedSandbox> ContextPool::take() {
  {
    std::lock_guard lock(mu_);
    if (!ready_.empty()) {
      auto s = std::move(ready_.front());
      ready_.pop_front();
      ++hits_;
      work_.notify_one();  // refill
      return s;
    }
    ++misses_;
    last_miss_ = std::chrono::steady_clock::now();
    target_ = std::min(std::max<std::size_t>(1, options_.max_ready), target_ * 2);
  }
  work_.notify_one();
  return std::make_unique<PreparedSandbox>(stdlib_);
}

void ContextPool::retire(std::unique_ptr<PreparedSandbox> used) {
  if (!used) return;
  {
    std::lock_guard lock(mu_);
    if (!stopping_) {
      retired_.push_back(std::move(used));
      used = nullptr;
    }
  }
  work_.notify_one();
  // Stopping: `used` is destroyed here, on the caller's thread.
}

bool ContextPool::wait_ready(std::size_t n, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  n = std::min(n, target_);
  return filled_.wait_for(lock, timeout, [&] { return ready_.size() >= n; });
}

ContextPoolStats ContextPool::stats() const {
  std::lock_guard lock(mu_);
  std::size_t bytes = 0;
  for (const auto& s : ready_) bytes += s->heap_bytes();
  return {ready_.size(), target_, hits_, misses_, bytes};
}

void ContextPool::run() {
  std::unique_lock lock(mu_);
  for (;;) {
    // Destroying first: it frees the memory the next build would take.
    if (!retired_.empty()) {
      auto used = std::move(retired_.front());
      retired_.pop_front();
      lock.unlock();
      used.reset();
      lock.lock();
      continue;
    }
    if (stopping_) break;
    const auto now = std::chrono::steady_clock::now();
    if (target_ > 1 && now - last_miss_ >= options_.shrink_after) {
      --target_;
      last_miss_ = now;  // one step per idle period
      if (ready_.size() > target_) {
        auto extra = std::move(ready_.back());
        ready_.pop_back();
        lock.unlock();
        extra.reset();
        lock.lock();
        continue;
      }
    }
    if (ready_.size() < target_) {
      lock.unlock();
      auto fresh = std::make_unique<PreparedSandbox>(stdlib_);
      lock.lock();
      ready_.push_back(std::move(fresh));
      filled_.notify_all();
      continue;
    }
    work_.wait_for(lock, options_.shrink_after);
  }
  // Stopping: what is left goes with the pool.
  ready_.clear();
  retired_.clear();
}

}  // namespace llmos::executor
