#include "engine/runtime.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstdlib>

#include "common/check.hpp"

#ifdef LLMOS_USE_MIMALLOC
#include <mimalloc.h>
#endif

namespace llmos::engine {

namespace {
constexpr size_t kMallocOverhead = 8;  // as QuickJS counts a malloc block's bookkeeping

// The engine's heap. mimalloc (Debian's libmimalloc) where it is built in: QuickJS allocates
// and frees a block for nearly every object and string, and glibc's malloc made allocation-heavy
// artifacts (json100k) as slow as the WebAssembly peer (1.3-2.4x slower than with mimalloc in
// interleaved runs). The sanitizer tree keeps malloc, which ASan instruments.
#ifdef LLMOS_USE_MIMALLOC
// mimalloc hands freed pages back to the OS 25 ms after they empty (its decommit_delay); a runtime
// torn down on the pool's thread frees its heap just as the next artifact starts taking pages, so
// an allocation-heavy artifact page-faulted its whole heap in again: json100k took 78.7k page
// faults in its 16 runs, and 13.5k with 500 ms, the delay mimalloc already uses for whole
// segments. Freed pages still go back, half a second later. MIMALLOC_DECOMMIT_DELAY overrides it.
void tune_heap() {
  if (std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr) mi_option_set(mi_option_decommit_delay, 500);
}
void* heap_malloc(size_t n) { return mi_malloc(n); }
void heap_free(void* p) { mi_free(p); }
void* heap_realloc(void* p, size_t n) { return mi_realloc(p, n); }
size_t heap_usable_size(const void* p) { return mi_usable_size(p); }
#else
void tune_heap() {}
void* heap_malloc(size_t n) { return std::malloc(n); }
void heap_free(void* p) { std::free(p); }
void* heap_realloc(void* p, size_t n) { return std::realloc(p, n); }
size_t heap_usable_size(const void* p) { return malloc_usable_size(const_cast<void*>(p)); }
#endif
void tune_heap_once() {
  static const bool tuned = (tune_heap(), true);
  (void)tuned;
}
}  // namespace

// QuickJS's default allocator, plus a note when the memory limit refuses a request.
void* Runtime::js_malloc(JSMallocState* s, size_t size) {
  if (s->malloc_size + size > s->malloc_limit) {
    static_cast<Runtime*>(s->opaque)->allocation_failed_ = true;
    return nullptr;
  }
  void* ptr = heap_malloc(size);
  if (ptr == nullptr) return nullptr;
  const size_t block = heap_usable_size(ptr) + kMallocOverhead;
  s->malloc_count++;
  s->malloc_size += block;
  static_cast<Runtime*>(s->opaque)->heap_bytes_ += block;
  return ptr;
}

void Runtime::js_free(JSMallocState* s, void* ptr) {
  if (ptr == nullptr) return;
  const size_t block = heap_usable_size(ptr) + kMallocOverhead;
  s->malloc_count--;
  s->malloc_size -= block;
  static_cast<Runtime*>(s->opaque)->heap_bytes_ -= block;
  heap_free(ptr);
}

void* Runtime::js_realloc(JSMallocState* s, void* ptr, size_t size) {
  if (ptr == nullptr) return size == 0 ? nullptr : js_malloc(s, size);
  const size_t old_size = heap_usable_size(ptr);
  if (size == 0) {
    s->malloc_count--;
    s->malloc_size -= old_size + kMallocOverhead;
    static_cast<Runtime*>(s->opaque)->heap_bytes_ -= old_size + kMallocOverhead;
    heap_free(ptr);
    return nullptr;
  }
  if (s->malloc_size + size - old_size > s->malloc_limit) {
    static_cast<Runtime*>(s->opaque)->allocation_failed_ = true;
    return nullptr;
  }
  ptr = heap_realloc(ptr, size);
  if (ptr == nullptr) return nullptr;
  const size_t new_size = heap_usable_size(ptr);
  s->malloc_size += new_size - old_size;
  static_cast<Runtime*>(s->opaque)->heap_bytes_ += new_size - old_size;
  return ptr;
}

size_t Runtime::js_usable_size(const void* ptr) { return heap_usable_size(ptr); }

const JSMallocFunctions Runtime::kMallocFunctions = {&Runtime::js_malloc, &Runtime::js_free,
                                                     &Runtime::js_realloc, &Runtime::js_usable_size};

Runtime::Runtime() : rt_((tune_heap_once(), JS_NewRuntime2(&kMallocFunctions, this))) {
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
  allocation_failed_ = false;
  memory_limit_ = limits.memory_bytes;
  JS_SetMemoryLimit(rt_, limits.memory_bytes > external_ ? limits.memory_bytes - external_ : 1);
  JS_SetMaxStackSize(rt_, limits.stack_bytes);
  JS_UpdateStackTop(rt_);
}

void Runtime::lift_memory_limit() {
  memory_limit_ = 0;
  JS_SetMemoryLimit(rt_, static_cast<size_t>(-1));  // QuickJS reads 0 as a limit of 0 bytes
}

std::size_t Runtime::memory_used() const { return heap_bytes_ + external_; }

bool Runtime::reserve_external(std::size_t bytes) {
  if (memory_limit_ != 0) {
    if (heap_bytes_ + external_ + bytes > memory_limit_) return false;
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
