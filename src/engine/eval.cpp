#include "engine/eval.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "engine/completion_rewrite.hpp"
#include "engine/error_info.hpp"
#include "engine/interrupt_alarm.hpp"
#include "engine/to_json.hpp"

namespace llmos::engine {
namespace {

constexpr std::size_t kPostRunMemoryMargin = std::size_t{8} << 20;

class Evaluator {
 public:
  Evaluator(Context& ctx, const EvalOptions& opt)
      : ctx_(ctx), c_(ctx.get()), rt_(ctx.runtime()), opt_(opt) {}

  Evaluation run(std::string_view source);

 private:
  // Compiles the source (with Node's object-literal rule applied where it parses). Returns the
  // compiled function, or an exception value when the source does not parse.
  Value compile(std::string_view source);
  // Drives jobs and timers until the top-level promise has settled and no work is left.
  // Returns false on failure, with the thrown value in failure_ (or none for a timeout).
  bool drive(const Value* promise);
  bool wait_until(Clock::time_point t);
  bool fail_timeout();
  void fail_with_exception(bool during_compile);
  void fail_with(ErrorInfo info);
  void finish_success(const Value& value);

  Context& ctx_;
  JSContext* c_;
  Runtime& rt_;
  const EvalOptions& opt_;
  Evaluation ev_;
  std::string_view source_;
  std::optional<CompletionRewrite> rewrite_;
  bool rewrite_used_ = false;
  bool is_async_ = false;
};

Value Evaluator::compile(std::string_view source) {
  // Plain global code first: its completion value comes back directly. Only code that needs
  // top-level await is compiled as an async script, whose completion value QuickJS delivers
  // through a promise of `{ value }` (a step an artifact can disturb, e.g. by defining
  // Object.prototype.then). Each form is tried with Node's object-literal rule, then without.
  constexpr int kSync = JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_STRICT | JS_EVAL_FLAG_COMPILE_ONLY;
  constexpr int kAsync = kSync | JS_EVAL_FLAG_ASYNC;
  rewrite_ = rewrite_final_object_literal(source);
  const std::string original(source);  // JS_Eval needs a NUL-terminated buffer
  Value last_error;
  for (const int flags : {kSync, kAsync}) {
    for (const bool rewritten : {true, false}) {
      if (rewritten && !rewrite_) continue;
      const std::string& text = rewritten ? rewrite_->source : original;
      Value fn(c_, JS_Eval(c_, text.c_str(), text.size(), opt_.filename.c_str(), flags));
      if (!fn.is_exception()) {
        rewrite_used_ = rewritten;
        is_async_ = flags == kAsync;
        return fn;
      }
      last_error = Value(c_, JS_GetException(c_));
      if (rt_.deadline().expired()) break;
    }
  }
  // The error of the most permissive form, on the artifact's own text.
  rewrite_used_ = false;
  return Value(c_, JS_Throw(c_, last_error.release()));
}

void Evaluator::fail_with(ErrorInfo info) {
  ev_.result.success = false;
  ev_.result.output_json = "null";
  ev_.result.error = std::move(info);
}

void Evaluator::fail_with_exception(bool during_compile) {
  Value exc(c_, JS_GetException(c_));
  ErrorSource src{opt_.filename, source_, rewrite_used_ ? &*rewrite_ : nullptr, during_compile};
  fail_with(describe_exception(ctx_, exc.get(), src, opt_.limits));
}

bool Evaluator::wait_until(Clock::time_point t) {
  Deadline& d = rt_.deadline();
  // Sleep in slices so that cancel() from another thread is honoured promptly.
  for (;;) {
    if (d.check()) return false;
    const auto now = Clock::now();
    if (now >= t) return true;
    const auto until = std::min({t, d.end(), now + std::chrono::milliseconds(20)});
    std::this_thread::sleep_until(until);
  }
}

bool Evaluator::fail_timeout() {
  fail_with(rt_.deadline().cancelled() ? ErrorInfo::cancelled() : ErrorInfo::timeout(opt_.limits.timeout_ms));
  return false;
}

bool Evaluator::drive(const Value* promise) {
  JSRuntime* rt = rt_.get();
  for (;;) {
    while (JS_IsJobPending(rt)) {
      JSContext* job_ctx = nullptr;
      if (JS_ExecutePendingJob(rt, &job_ctx) < 0) {
        fail_with_exception(false);
        return false;
      }
      // The interrupt that ends a promise job turns into a rejection the artifact could catch
      // and answer with another endless job: at the deadline, the run stops here.
      if (rt_.deadline().expired()) return fail_timeout();
    }
    if (promise && JS_PromiseState(c_, promise->get()) == JS_PROMISE_REJECTED) {
      Value reason(c_, JS_PromiseResult(c_, promise->get()));
      JS_Throw(c_, reason.release());
      fail_with_exception(false);
      return false;
    }
    if (auto reason = ctx_.unhandled_rejection(promise ? promise->get() : JS_UNDEFINED)) {
      JS_Throw(c_, reason->release());
      fail_with_exception(false);
      return false;
    }
    const auto due = ctx_.loop().next_due();
    // The interrupt may have ended a promise job whose rejection the artifact handles: the
    // deadline, not the job, decides.
    if (!due && !rt_.deadline().check()) return true;
    if (!due || !wait_until(*due)) return fail_timeout();
    if (!ctx_.loop().run_next(c_)) {
      fail_with_exception(false);
      return false;
    }
  }
}

// Numbers, booleans and null, whose inspected text is their plain string form (Node writes -0
// as -0): rendered here, so that printing `4` never builds the console's formatter.
std::optional<std::string> render_primitive(JSContext* c, JSValueConst v) {
  const int tag = JS_VALUE_GET_NORM_TAG(v);
  if (tag == JS_TAG_FLOAT64) {
    const double d = JS_VALUE_GET_FLOAT64(v);
    if (d == 0 && std::signbit(d)) return "-0";
  } else if (tag != JS_TAG_INT && tag != JS_TAG_BOOL && tag != JS_TAG_NULL) {
    return std::nullopt;
  }
  CString s(c, v);
  if (!s.ok()) {
    Value ignored(c, JS_GetException(c));
    return std::nullopt;
  }
  return std::string(s.view());
}

void Evaluator::finish_success(const Value& completion) {
  // A completion value that is a promise stands for what it settled to, as if the last line
  // were awaited (as Deno's notebooks do): `loadData()` gives the data, a rejected promise the
  // error. The jobs and timers have all run by now; one still pending stays a promise.
  Value value = completion;
  switch (JS_PromiseState(c_, completion.get())) {
    case JS_PROMISE_FULFILLED:
      value = Value(c_, JS_PromiseResult(c_, completion.get()));
      break;
    case JS_PROMISE_REJECTED:
      JS_Throw(c_, JS_PromiseResult(c_, completion.get()));
      fail_with_exception(false);
      return;
    default:
      break;
  }
  ev_.output_is_undefined = value.is_undefined();
  JsonConversion conv = to_json(ctx_, value.get(), opt_.limits);
  if (conv.status == JsonConversion::Status::kException) {
    fail_with_exception(false);
    return;
  }
  if (conv.status == JsonConversion::Status::kTimeout) {
    JS_ThrowInternalError(c_, "interrupted");
    fail_with_exception(false);
    return;
  }
  ev_.result.success = true;
  ev_.result.output_json = std::move(conv.json);
  ev_.result.output_truncated = conv.truncated;
  if (opt_.render_output && !ev_.output_is_undefined) {
    if (auto plain = render_primitive(c_, value.get())) {
      ev_.output_text = std::move(*plain);
      return;
    }
  }
  if (opt_.render_output && !ev_.output_is_undefined && !ctx_.inspector().is_undefined()) {
    JSValueConst arg = value.get();
    Value text(c_, JS_Call(c_, ctx_.inspector().get(), JS_UNDEFINED, 1, &arg));
    if (text.is_exception()) {
      Value ignored(c_, JS_GetException(c_));
      ev_.output_text = ev_.result.output_json;
    } else {
      CString s(c_, text.get());
      ev_.output_text = std::string(s.view());
    }
  } else if (opt_.render_output) {
    ev_.output_text = ev_.result.output_json;
  }
}

Evaluation Evaluator::run(std::string_view source) {
  const auto t0 = Clock::now();
  source_ = source;
  rt_.apply_limits(opt_.limits);
  rt_.deadline().start(std::chrono::milliseconds(opt_.limits.timeout_ms));
  std::optional<InterruptAlarm> alarm(std::in_place, c_, rt_.deadline().end());
  // After start(), which clears a cancellation. The interrupt request only hastens the poll
  // (the interpreter reaches the handler within its countdown anyway).
  std::optional<std::stop_callback<std::function<void()>>> on_stop;
  if (opt_.stop.stop_possible()) {
    on_stop.emplace(opt_.stop, std::function<void()>([this] {
      rt_.deadline().cancel();
      JS_RequestInterrupt(c_);
    }));
  }
  ctx_.output().configure(opt_.limits.max_logs_bytes, opt_.limits.max_stderr_bytes);

  Value fn = compile(source);
  if (fn.is_exception()) {
    fail_with_exception(true);
  } else {
    Value completion(c_, JS_EvalFunction(c_, fn.release()));
    if (completion.is_exception()) {
      fail_with_exception(false);
    } else if (drive(is_async_ ? &completion : nullptr)) {
      // Room for llmos's own work on the result (error objects, strings); artifact getters run
      // here too, so the margin stays bounded.
      JS_SetMemoryLimit(rt_.get(), opt_.limits.memory_bytes + kPostRunMemoryMargin);
      if (!is_async_) {
        finish_success(completion);
      } else if (JS_PromiseState(c_, completion.get()) == JS_PROMISE_FULFILLED) {
        Value wrapper(c_, JS_PromiseResult(c_, completion.get()));
        // QuickJS resolves the script's promise with a `{ value }` record; an artifact that
        // defines Object.prototype.then intercepts that step. Say so rather than return a
        // wrong value.
        JSPropertyDescriptor desc;
        const JSAtom value_atom = JS_NewAtom(c_, "value");
        const int own = JS_IsObject(wrapper.get()) ? JS_GetOwnProperty(c_, &desc, wrapper.get(), value_atom) : 0;
        JS_FreeAtom(c_, value_atom);
        if (own < 0) {
          fail_with_exception(false);
        } else if (own == 0) {
          ErrorInfo info;
          info.name = "TypeError";
          info.message = "TypeError: the completion value of the top-level await was intercepted "
                         "(the artifact defines Object.prototype.then)";
          info.stack = info.message;
          fail_with(std::move(info));
        } else {
          Value value(c_, desc.value);
          JS_FreeValue(c_, desc.getter);
          JS_FreeValue(c_, desc.setter);
          finish_success(value);
        }
      } else {
        ErrorInfo info;
        info.name = "Error";
        info.message =
            "Error: the artifact awaited a promise that can never settle (no pending jobs or timers)";
        info.stack = info.message;
        fail_with(std::move(info));
      }
    }
  }
  // A native loop of the engine (one that never reaches the interrupt check) may have run past
  // the deadline and returned: the run still took too long.
  if (ev_.result.success && rt_.deadline().check()) {
    JS_ThrowInternalError(c_, "interrupted");
    fail_with_exception(false);
  }

  RunResult& r = ev_.result;
  ctx_.run_finish_hooks(r);
  r.memory_used = rt_.memory_used();
  rt_.lift_memory_limit();
  alarm.reset();
  on_stop.reset();
  rt_.deadline().disarm();
  r.logs = std::move(ctx_.output().logs());
  r.stderr_lines = std::move(ctx_.output().stderr_lines());
  r.logs_truncated = ctx_.output().logs_truncated();
  r.stderr_truncated = ctx_.output().stderr_truncated();
  r.execution_time_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return std::move(ev_);
}

}  // namespace

Evaluation evaluate(Context& ctx, std::string_view source, const EvalOptions& options) {
  return Evaluator(ctx, options).run(source);
}

}  // namespace llmos::engine
