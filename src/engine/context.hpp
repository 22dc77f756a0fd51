#pragma once
// One artifact's JavaScript context: the ES2023 intrinsics, hardened (no eval, no Function
// constructor by any route, no SharedArrayBuffer/Atomics, no module loading), plus the
// per-execution host state that native bindings reach through the JSContext.
#include <quickjs.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/run_result.hpp"
#include "engine/embedded_script.hpp"
#include "common/check.hpp"
#include "engine/event_loop.hpp"
#include "engine/output_capture.hpp"
#include "engine/runtime.hpp"
#include "engine/value.hpp"

namespace llmos::engine {

enum class JsErrorType { kError, kTypeError, kRangeError };

// The globals every context deletes: no code of the context may reach them, llmos's own included
// (the originals of a lazily created group stay reachable to the host: BuiltinReader skips these).
inline constexpr const char* kRemovedGlobals[] = {"eval", "SharedArrayBuffer", "Atomics"};

class Context {
 public:
  explicit Context(Runtime& runtime);
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  ~Context();

  static Context& from(JSContext* ctx);

  JSContext* get() const { return ctx_; }
  Runtime& runtime() const { return runtime_; }
  OutputCapture& output() { return output_; }
  EventLoop& loop() { return loop_; }

  Value global() const { return Value(ctx_, JS_GetGlobalObject(ctx_)); }
  Value new_object() const { return Value(ctx_, JS_NewObject(ctx_)); }
  // Defines a native function `name` on `obj` (writable, configurable, not enumerable, as
  // built-in methods are).
  void define_function(JSValueConst obj, const char* name, JSCFunction* fn, int length) const;
  void define_function(JSValueConst obj, const char* name, JSCFunctionMagic* fn, int length,
                       int magic) const;
  void define_value(JSValueConst obj, const char* name, Value v) const;

  // Built-ins captured when the context was made, before artifact code could replace them:
  // llmos's own code (the result conversion) calls these, never the artifact's versions.
  struct Intrinsics {
    Value map_for_each;      // Map.prototype.forEach: walks entries without the iterator protocol
    Value set_for_each;      // Set.prototype.forEach
    Value date_to_iso;       // Date.prototype.toISOString, once Date exists (see below)
    Value boolean_value_of;  // Boolean.prototype.valueOf
    Value regexp_to_string;  // RegExp.prototype.toString
  };
  const Intrinsics& intrinsics() const { return intrinsics_; }
  // The entries (key, value) of a Map, or (item, item) of a Set, read through the captured
  // forEach, which walks the collection's records: an artifact's iterators play no part. False
  // with the exception pending when forEach throws (a value that is not such a collection).
  bool collection_entries(JSValueConst collection, bool is_set, std::vector<std::pair<Value, Value>>& out) const;

  // QuickJS creates Date and the typed arrays (JS_INTRINSIC_DATE, JS_INTRINSIC_TYPED_ARRAYS)
  // on first use, so an idle context does not hold them. Runs fn once the groups in `groups`
  // exist: now when they do, else as soon as QuickJS has made them, before any artifact code can
  // have touched them (the moment to capture their built-ins). fn must not throw into JS.
  void when_intrinsics_exist(int groups, std::function<void()> fn);

  // Runs a script compiled at build time and returns its completion value.
  Value run_embedded(const EmbeddedScript& script) const;

  // Throws a TypeError/RangeError marked as a kernel limit, so the result says `kind: limit`.
  JSValue throw_limit_error(JsErrorType type, const std::string& message);
  bool is_limit_error(JSValueConst error) const;

  // The reason of the oldest promise rejected with no handler, other than `except` (Node fails
  // the run on those); nullopt when there is none.
  std::optional<Value> unhandled_rejection(JSValueConst except) const;

  // State of the layer above (the kernel's per-artifact state), owned by the context.
  void set_host_state(std::shared_ptr<void> state) { host_state_ = std::move(state); }
  template <typename T>
  T& host_state() const {
    LLMOS_CHECK(host_state_ != nullptr);
    return *static_cast<T*>(host_state_.get());
  }

  // Hooks run when an execution ends, successful or not, before its result is returned: a
  // module adds what the artifact produced (images, DOM) to the result.
  using FinishHook = std::function<void(Context&, RunResult&)>;
  void on_finish(FinishHook hook) { finish_hooks_.push_back(std::move(hook)); }
  void run_finish_hooks(RunResult& result) {
    for (auto& hook : finish_hooks_) hook(*this, result);
  }

  // The function that renders a value for people (Node's util.inspect), when installed.
  void set_inspector(Value fn) { inspector_ = std::move(fn); }
  const Value& inspector() const { return inspector_; }

 private:
  static void on_rejection(JSContext* ctx, JSValueConst promise, JSValueConst reason,
                           JS_BOOL is_handled, void* opaque);
  static void on_intrinsics_created(JSContext* ctx, int groups);
  void harden();

  Runtime& runtime_;
  JSContext* ctx_;
  OutputCapture output_;
  EventLoop loop_;
  std::vector<Value> limit_errors_;
  std::vector<Value> unhandled_;        // rejection reasons, parallel to unhandled_promises_
  std::vector<Value> unhandled_promises_;
  Value inspector_;
  Intrinsics intrinsics_;
  std::shared_ptr<void> host_state_;
  std::vector<FinishHook> finish_hooks_;
  std::vector<std::pair<int, std::function<void()>>> intrinsic_waiters_;
};

}  // namespace llmos::engine
