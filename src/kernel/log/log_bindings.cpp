#include "kernel/log/log_bindings.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <string>

#include "common/check.hpp"
#include "engine/class_ids.hpp"
#include "kernel/embedded_js.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Value;

// console and LLMOS.log are natives in front of the JavaScript half (inspect.js + console.js):
// plain console.log('text', 42) is formatted natively, so an artifact that prints only strings
// and numbers never builds inspect.js's formatter (its first use costs about a millisecond).
// Every native gets the JavaScript API object and a private state object as function data.
enum Method : int {
  kLog, kInfo, kDebug, kWarn, kError,  // console, with a native fast path
  kLogInfo, kLogWarn, kLogError,       // LLMOS.log
  kTrace, kAssert, kDir, kTable, kCount, kCountReset, kTime, kTimeLog, kTimeEnd,
  kGroup, kGroupCollapsed, kGroupEnd,  // console, always in JavaScript
  kMethodCount
};

struct MethodInfo {
  const char* name;
  int length;
  bool on_llmos_log;
  engine::Stream stream;
};

constexpr std::array<MethodInfo, kMethodCount> kMethods = {{
    {"log", 0, false, engine::Stream::kLog},      {"info", 0, false, engine::Stream::kLog},
    {"debug", 0, false, engine::Stream::kLog},    {"warn", 0, false, engine::Stream::kStderr},
    {"error", 0, false, engine::Stream::kStderr}, {"info", 1, true, engine::Stream::kLog},
    {"warn", 1, true, engine::Stream::kStderr},   {"error", 1, true, engine::Stream::kStderr},
    {"trace", 0, false, {}},      {"assert", 0, false, {}},  {"dir", 0, false, {}},
    {"table", 1, false, {}},      {"count", 0, false, {}},   {"countReset", 0, false, {}},
    {"time", 0, false, {}},       {"timeLog", 0, false, {}}, {"timeEnd", 0, false, {}},
    {"group", 0, false, {}},      {"groupCollapsed", 0, false, {}}, {"groupEnd", 0, false, {}},
}};

// print(stream, text): the one native entry point of console.js.
JSValue js_print(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  int32_t stream = 0;
  if (argc < 2 || JS_ToInt32(c, &stream, argv[0]) < 0) return JS_EXCEPTION;
  CString text(c, argv[1]);
  if (!text.ok()) return JS_EXCEPTION;
  engine::Context::from(c).output().write(stream == 0 ? engine::Stream::kLog : engine::Stream::kStderr,
                                          std::string(text.view()));
  return JS_UNDEFINED;
}

JSValue js_now(JSContext* c, JSValueConst, int, JSValueConst*) {
  const auto t = std::chrono::steady_clock::now().time_since_epoch();
  return JS_NewFloat64(c, std::chrono::duration<double, std::milli>(t).count());
}

Value call_factory(engine::Context& ctx, const engine::EmbeddedScript& script,
                   std::initializer_list<JSValueConst> args) {
  Value factory = ctx.run_embedded(script);
  if (factory.is_exception()) return factory;
  return Value(ctx.get(), JS_Call(ctx.get(), factory.get(), JS_UNDEFINED, static_cast<int>(args.size()),
                                  const_cast<JSValueConst*>(args.begin())));
}

// Hooks that let inspect.js see what JavaScript cannot: a promise's state and a proxy's target
// and handler (so a proxy is shown without running its traps, as Node does).
JSValue js_promise_state(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || JS_GetClassID(argv[0]) != engine::class_id::kPromise) return JS_UNDEFINED;
  const JSPromiseStateEnum state = JS_PromiseState(c, argv[0]);
  Value pair(c, JS_NewArray(c));
  JS_DefinePropertyValueUint32(c, pair.get(), 0, JS_NewInt32(c, static_cast<int>(state)), JS_PROP_C_W_E);
  JS_DefinePropertyValueUint32(c, pair.get(), 1,
                               state == JS_PROMISE_PENDING ? JS_UNDEFINED : JS_PromiseResult(c, argv[0]),
                               JS_PROP_C_W_E);
  return pair.release();
}

// The layout of QuickJS's internal JSProxyData in the pinned release 2025-04-26
// (tests/unit/kernel/console_test.cpp checks it through the hook).
struct QuickJSProxyData {
  JSValue target;
  JSValue handler;
  uint8_t is_func;
  uint8_t is_revoked;
};

JSValue js_proxy_details(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || JS_GetClassID(argv[0]) != engine::class_id::kProxy) return JS_UNDEFINED;
  auto* data = static_cast<QuickJSProxyData*>(JS_GetOpaque(argv[0], engine::class_id::kProxy));
  Value pair(c, JS_NewArray(c));
  const bool live = data != nullptr && !data->is_revoked;
  JS_DefinePropertyValueUint32(c, pair.get(), 0, live ? JS_DupValue(c, data->target) : JS_NULL, JS_PROP_C_W_E);
  JS_DefinePropertyValueUint32(c, pair.get(), 1, live ? JS_DupValue(c, data->handler) : JS_NULL, JS_PROP_C_W_E);
  return pair.release();
}

// inspect.js's build(): reads the formatter (inspect_format.js) into this context and calls its
// factory with the built-ins inspect.js captured, on the first format/inspect call.
JSValue js_build_formatter(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  engine::Context& ctx = engine::Context::from(c);
  Value factory = ctx.run_embedded(js::inspect_format);
  if (factory.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, factory.get(), JS_UNDEFINED, argc > 0 ? 1 : 0, argv);
}

// Runs the factories of inspect.js and console.js. They only capture the built-ins they use
// (the heavy part of inspect.js is built on its first call), so this runs for every context,
// before any artifact code can replace those built-ins.
Value load_api(engine::Context& ctx) {
  JSContext* c = ctx.get();
  Value hooks = ctx.new_object();
  ctx.define_function(hooks.get(), "promiseState", &js_promise_state, 1);
  ctx.define_function(hooks.get(), "proxyDetails", &js_proxy_details, 1);
  ctx.define_function(hooks.get(), "buildFormatter", &js_build_formatter, 1);
  Value inspect_api = call_factory(ctx, js::inspect, {hooks.get()});
  LLMOS_CHECK(!inspect_api.is_exception());
  Value format = inspect_api.property("format");
  Value inspect = inspect_api.property("inspect");
  Value print(c, JS_NewCFunction(c, &js_print, "print", 2));
  Value now(c, JS_NewCFunction(c, &js_now, "now", 0));
  Value api = call_factory(ctx, js::console, {format.get(), inspect.get(), print.get(), now.get()});
  LLMOS_CHECK(!api.is_exception());
  JS_SetPropertyStr(c, api.get(), "inspect", inspect.release());
  return api;
}

// Formats the arguments natively when Node's util.format would give the same text without
// inspecting anything: primitives only, and no format directive in a leading string.
bool format_natively(JSContext* c, int argc, JSValueConst* argv, std::string& out) {
  for (int i = 0; i < argc; ++i) {
    const JSValueConst v = argv[i];
    if (JS_IsObject(v) || JS_IsSymbol(v)) return false;
    if (i) out += ' ';
    if (JS_IsNumber(v)) {
      double d = 0;
      JS_ToFloat64(c, &d, v);
      if (d == 0 && std::signbit(d)) {
        out += "-0";
        continue;
      }
    }
    CString s(c, v);
    if (!s.ok()) return false;
    if (i == 0 && JS_IsString(v) && s.view().find('%') != std::string_view::npos) return false;
    out += s.view();
    if (JS_IsBigInt(c, v)) out += 'n';
  }
  return true;
}

JSValue js_console_method(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int magic,
                          JSValue* data) {
  const MethodInfo& m = kMethods[static_cast<std::size_t>(magic)];
  Value api = Value::dup(c, data[0]);
  if (magic <= kLogError) {
    // Inside console.group the JavaScript half owns the indentation.
    Value grouped(c, JS_GetPropertyStr(c, data[1], "grouped"));
    std::string text;
    if (!JS_ToBool(c, grouped.get()) && format_natively(c, argc, argv, text)) {
      engine::Context::from(c).output().write(m.stream, std::move(text));
      return JS_UNDEFINED;
    }
  }
  if (magic == kGroup || magic == kGroupCollapsed)
    JS_SetPropertyStr(c, data[1], "grouped", JS_TRUE);
  Value target = api.property(m.on_llmos_log ? "log" : "console");
  Value fn = target.property(m.name);
  if (fn.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, fn.get(), target.get(), argc, argv);
}

JSValue js_inspect(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int, JSValue* data) {
  Value inspect(c, JS_GetPropertyStr(c, data[0], "inspect"));
  return JS_Call(c, inspect.get(), JS_UNDEFINED, argc, argv);
}

}  // namespace

void install_log(engine::Context& ctx, JSValueConst llmos) {
  JSContext* c = ctx.get();
  Value api = load_api(ctx);
  Value state = ctx.new_object();  // private to these natives: never reachable from artifacts
  JSValue data[] = {api.get(), state.get()};
  Value console = ctx.new_object();
  Value log = ctx.new_object();
  for (int i = 0; i < kMethodCount; ++i) {
    const MethodInfo& m = kMethods[static_cast<std::size_t>(i)];
    JS_DefinePropertyValueStr(c, m.on_llmos_log ? log.get() : console.get(), m.name,
                              JS_NewCFunctionData(c, &js_console_method, m.length, i, 2, data),
                              JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  }
  Value global = ctx.global();
  JS_DefinePropertyValueStr(c, global.get(), "console", console.release(),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  ctx.define_value(llmos, "log", std::move(log));
  ctx.set_inspector(Value(c, JS_NewCFunctionData(c, &js_inspect, 1, 0, 1, data)));
}

}  // namespace llmos::kernel
