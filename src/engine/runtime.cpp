#include "engine/runtime.hpp"

#include <algorithm>

#include "common/check.hpp"

namespace llmos::engine {

Runtime::Runtime() : rt_(JS_NewRuntime()) {
  LLMOS_CHECK(rt_ != nullptr);
  JS_SetRuntimeOpaque(rt_, this);
  JS_SetInterruptHandler(rt_, &Runtime::on_interrupt, this);
  // Artifacts must never block the thread (Atomics.wait).
  JS_SetCanBlock(rt_, 0);
}

Runtime::~Runtime() { JS_FreeRuntime(rt_); }

int Runtime::on_interrupt(JSRuntime*, void* opaque) {
  return static_cast<Runtime*>(opaque)->deadline_.check() ? 1 : 0;
}

void Runtime::apply_limits(const Limits& limits) {
  memory_limit_ = limits.memory_bytes;
  JS_SetMemoryLimit(rt_, limits.memory_bytes > external_ ? limits.memory_bytes - external_ : 1);
  JS_SetMaxStackSize(rt_, limits.stack_bytes);
  JS_UpdateStackTop(rt_);
}

void Runtime::lift_memory_limit() {
  memory_limit_ = 0;
  JS_SetMemoryLimit(rt_, 0);
}

std::size_t Runtime::memory_used() const {
  JSMemoryUsage usage;
  JS_ComputeMemoryUsage(rt_, &usage);
  return static_cast<std::size_t>(usage.malloc_size) + external_;
}

bool Runtime::reserve_external(std::size_t bytes) {
  if (memory_limit_ != 0) {
    JSMemoryUsage usage;
    JS_ComputeMemoryUsage(rt_, &usage);
    const auto heap = static_cast<std::size_t>(usage.malloc_size);
    if (heap + external_ + bytes > memory_limit_) return false;
    JS_SetMemoryLimit(rt_, memory_limit_ - external_ - bytes);
  }
  external_ += bytes;
  return true;
}

void Runtime::release_external(std::size_t bytes) {
  external_ -= std::min(bytes, external_);
  if (memory_limit_ != 0) JS_SetMemoryLimit(rt_, memory_limit_ - external_);
}

}  // namespace llmos::engine
