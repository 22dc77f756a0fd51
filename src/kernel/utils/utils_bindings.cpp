#include "kernel/utils/utils_bindings.hpp"

#include <chrono>
#include <cmath>
#include <string>

#include "engine/function_list.hpp"
#include "kernel/stdlib.hpp"
#include "kernel/utils/utils_core.hpp"

namespace llmos::kernel {
namespace {

using engine::Context;
using engine::JsErrorType;
using engine::Value;

// A number argument, or a TypeError naming the function and the parameter.
bool number_arg(JSContext* c, int argc, JSValueConst* argv, int i, const char* fn,
                const char* param, double& out) {
  if (i >= argc || !JS_IsNumber(argv[i])) {
    JS_ThrowTypeError(c, "%s: %s must be a number", fn, param);
    return false;
  }
  JS_ToFloat64(c, &out, argv[i]);
  return true;
}

JSValue js_uid(JSContext* c, JSValueConst, int, JSValueConst*) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  const std::string id = utils::uid(ms);
  return JS_NewStringLen(c, id.data(), id.size());
}

JSValue js_clamp(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  double v, lo, hi;
  if (!number_arg(c, argc, argv, 0, "LLMOS.utils.clamp", "value", v) ||
      !number_arg(c, argc, argv, 1, "LLMOS.utils.clamp", "min", lo) ||
      !number_arg(c, argc, argv, 2, "LLMOS.utils.clamp", "max", hi))
    return JS_EXCEPTION;
  const auto r = utils::clamp(v, lo, hi);
  if (!r && (std::isnan(lo) || std::isnan(hi)))
    return JS_ThrowRangeError(c, "LLMOS.utils.clamp: %s is NaN", std::isnan(lo) ? "min" : "max");
  if (!r) return JS_ThrowRangeError(c, "LLMOS.utils.clamp: min (%g) is greater than max (%g)", lo, hi);
  return JS_NewFloat64(c, *r);
}

JSValue js_lerp(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  double a, b, t;
  if (!number_arg(c, argc, argv, 0, "LLMOS.utils.lerp", "start", a) ||
      !number_arg(c, argc, argv, 1, "LLMOS.utils.lerp", "end", b) ||
      !number_arg(c, argc, argv, 2, "LLMOS.utils.lerp", "t", t))
    return JS_EXCEPTION;
  return JS_NewFloat64(c, utils::lerp(a, b, t));
}

JSValue js_sleep(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  double ms;
  if (!number_arg(c, argc, argv, 0, "LLMOS.utils.sleep", "ms", ms)) return JS_EXCEPTION;
  Context& ctx = Context::from(c);
  if (std::isnan(ms) || ms < 0)
    return JS_ThrowRangeError(c, "LLMOS.utils.sleep: ms must be between 0 and %g", utils::kMaxSleepMs);
  if (ms > utils::kMaxSleepMs)
    return ctx.throw_limit_error(JsErrorType::kRangeError,
                                 "LLMOS.utils.sleep: " +
                                     (std::isinf(ms) ? std::string("Infinity")
                                                     : std::to_string(static_cast<long long>(ms))) +
                                     " ms is over the limit of 10000 ms");
  JSValue resolving[2];
  Value promise(c, JS_NewPromiseCapability(c, resolving));
  if (promise.is_exception()) return JS_EXCEPTION;
  Value resolve(c, resolving[0]);
  Value reject(c, resolving[1]);
  if (!ctx.loop().add(std::move(resolve), {}, ms, false))
    return ctx.throw_limit_error(JsErrorType::kRangeError, "LLMOS.utils.sleep: too many pending timers");
  return promise.release();
}

// setTimeout / setInterval (magic: 1 = repeat).
JSValue js_set_timer(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int repeat) {
  const char* name = repeat ? "setInterval" : "setTimeout";
  if (argc < 1 || !JS_IsFunction(c, argv[0]))
    return JS_ThrowTypeError(c, "%s: the callback must be a function (strings are not evaluated)", name);
  double delay = 0;
  if (argc >= 2 && !JS_IsUndefined(argv[1]) && JS_ToFloat64(c, &delay, argv[1]) < 0) return JS_EXCEPTION;
  std::vector<Value> args;
  for (int i = 2; i < argc; ++i) args.push_back(Value::dup(c, argv[i]));
  Context& ctx = Context::from(c);
  const auto id = ctx.loop().add(Value::dup(c, argv[0]), std::move(args), delay, repeat != 0);
  if (!id) return ctx.throw_limit_error(JsErrorType::kRangeError, std::string(name) + ": too many pending timers");
  return JS_NewInt64(c, *id);
}

JSValue js_clear_timer(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  // As in browsers: anything that is not a live timer id is ignored.
  if (argc >= 1 && JS_IsNumber(argv[0])) {
    int64_t id = 0;
    JS_ToInt64(c, &id, argv[0]);
    Context::from(c).loop().clear(id);
  }
  return JS_UNDEFINED;
}

JSValue run_microtask(JSContext* c, int, JSValueConst* argv) {
  return JS_Call(c, argv[0], JS_UNDEFINED, 0, nullptr);
}

JSValue js_queue_microtask(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || !JS_IsFunction(c, argv[0]))
    return JS_ThrowTypeError(c, "queueMicrotask: the callback must be a function");
  if (JS_EnqueueJob(c, &run_microtask, 1, argv) < 0) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

}  // namespace

namespace {
constexpr JSCFunctionListEntry kUtilsMethods[] = {
    engine::lazy::method("sleep", 1, &js_sleep),
    engine::lazy::method("uid", 0, &js_uid),
    engine::lazy::method("clamp", 3, &js_clamp),
    engine::lazy::method("lerp", 3, &js_lerp),
    // stdlib.js's helpers (kernel/stdlib.hpp), after the native ones as they always were
    engine::lazy::method(kStdlibHelpers[0].name, kStdlibHelpers[0].length, &js_stdlib_helper, 0),
    engine::lazy::method(kStdlibHelpers[1].name, kStdlibHelpers[1].length, &js_stdlib_helper, 1),
    engine::lazy::method(kStdlibHelpers[2].name, kStdlibHelpers[2].length, &js_stdlib_helper, 2),
    engine::lazy::method(kStdlibHelpers[3].name, kStdlibHelpers[3].length, &js_stdlib_helper, 3),
    engine::lazy::method(kStdlibHelpers[4].name, kStdlibHelpers[4].length, &js_stdlib_helper, 4),
};
static_assert(std::size(kStdlibHelpers) == 5, "one LLMOS.utils entry per stdlib helper");
constexpr JSCFunctionListEntry kLlmosEntries[] = {engine::lazy::object("utils", kUtilsMethods, JS_PROP_C_W_E)};
constexpr JSCFunctionListEntry kGlobalEntries[] = {
    engine::lazy::method("setTimeout", 2, &js_set_timer, 0),
    engine::lazy::method("setInterval", 2, &js_set_timer, 1),
    engine::lazy::method("clearTimeout", 1, &js_clear_timer),
    engine::lazy::method("clearInterval", 1, &js_clear_timer),
    engine::lazy::method("queueMicrotask", 1, &js_queue_microtask),
};
}  // namespace

void install_utils(Context& ctx, JSValueConst llmos) {
  engine::lazy::define(ctx.get(), llmos, kLlmosEntries);
  Value global = ctx.global();
  engine::lazy::define(ctx.get(), global.get(), kGlobalEntries);
}

}  // namespace llmos::kernel
