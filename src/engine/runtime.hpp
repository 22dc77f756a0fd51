#pragma once
// One QuickJS runtime: its own heap, memory limit, stack limit and deadline. llmos gives every
// artifact its own runtime, so the limits of one never touch another.
#include <quickjs.h>

#include <memory>

#include "common/limits.hpp"
#include "engine/deadline.hpp"

namespace llmos::engine {

class Runtime {
 public:
  Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;
  ~Runtime();

  JSRuntime* get() const { return rt_; }
  Deadline& deadline() { return deadline_; }

  // Applies the memory and stack limits. Call on the thread that will run the code: the stack
  // limit is measured from the current stack position.
  void apply_limits(const Limits& limits);
  // Removes the memory limit (for llmos's own set-up work before an artifact runs).
  void lift_memory_limit();
  std::size_t memory_limit() const { return memory_limit_; }

  // Bytes the runtime's heap holds right now, plus the external memory reserved below.
  std::size_t memory_used() const;

  // Memory the artifact holds outside the JavaScript heap (canvas pixels, ...) counts against
  // the same limit: a reservation shrinks the heap's share. False when it does not fit.
  bool reserve_external(std::size_t bytes);
  void release_external(std::size_t bytes);
  std::size_t external_bytes() const { return external_; }

  // Whether an allocation was refused by the memory limit since the last reset: QuickJS throws
  // `null` when it cannot even allocate the error object, and this tells that from `throw null`.
  bool allocation_failed() const { return allocation_failed_; }
  void reset_allocation_failed() { allocation_failed_ = false; }

 private:
  static int on_interrupt(JSRuntime* rt, void* opaque);
  static void* js_malloc(JSMallocState* s, size_t size);
  static void js_free(JSMallocState* s, void* ptr);
  static void* js_realloc(JSMallocState* s, void* ptr, size_t size);
  static size_t js_usable_size(const void* ptr);
  static const JSMallocFunctions kMallocFunctions;

  // What the engine's heap holds, as QuickJS counts it (JSMallocState::malloc_size), kept here
  // because JS_ComputeMemoryUsage walks every object: it was three quarters of a `2+2` run.
  // Declared before rt_: JS_NewRuntime2 allocates through js_malloc.
  std::size_t heap_bytes_ = 0;
  JSRuntime* rt_;
  Deadline deadline_;
  std::size_t memory_limit_ = 0;
  std::size_t external_ = 0;
  bool allocation_failed_ = false;
};

}  // namespace llmos::engine
