#include "kernel/log/log_bindings.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <string>

#include "common/check.hpp"
#include "kernel/embedded_js.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Value;

// The JavaScript half (inspect.js + console.js, about 90 KB of bytecode) is loaded the first
// time something needs it: plain console.log('text', 42) is formatted natively, so an artifact
// that prints only strings and numbers never pays for the loading.
//
// Every native below gets one private holder object (never reachable from the artifact) as its
// function data; the loaded API lives on it.
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

// The loaded API ({console, log, inspect}) on the holder, loading it on first use.
Value loaded_api(JSContext* c, JSValueConst holder) {
  Value api(c, JS_GetPropertyStr(c, holder, "api"));
  if (!api.is_undefined()) return api;
  engine::Context& ctx = engine::Context::from(c);
  Value inspect_api = call_factory(ctx, js::inspect, {});
  if (inspect_api.is_exception()) return inspect_api;
  Value format = inspect_api.property("format");
  Value inspect = inspect_api.property("inspect");
  Value print(c, JS_NewCFunction(c, &js_print, "print", 2));
  Value now(c, JS_NewCFunction(c, &js_now, "now", 0));
  Value loaded = call_factory(ctx, js::console, {format.get(), inspect.get(), print.get(), now.get()});
  if (loaded.is_exception()) return loaded;
  JS_SetPropertyStr(c, loaded.get(), "inspect", inspect.release());
  JS_SetPropertyStr(c, holder, "api", JS_DupValue(c, loaded.get()));
  return loaded;
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
  if (magic <= kLogError) {
    Value existing(c, JS_GetPropertyStr(c, data[0], "api"));
    std::string text;
    if (existing.is_undefined() && format_natively(c, argc, argv, text)) {
      engine::Context::from(c).output().write(m.stream, std::move(text));
      return JS_UNDEFINED;
    }
  }
  Value api = loaded_api(c, data[0]);
  if (api.is_exception()) return JS_EXCEPTION;
  Value target = api.property(m.on_llmos_log ? "log" : "console");
  Value fn = target.property(m.name);
  if (fn.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, fn.get(), target.get(), argc, argv);
}

JSValue js_inspect(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int, JSValue* data) {
  Value api = loaded_api(c, data[0]);
  if (api.is_exception()) return JS_EXCEPTION;
  Value inspect = api.property("inspect");
  return JS_Call(c, inspect.get(), JS_UNDEFINED, argc, argv);
}

}  // namespace

void install_log(engine::Context& ctx, JSValueConst llmos) {
  JSContext* c = ctx.get();
  Value holder = ctx.new_object();
  JSValue data[] = {holder.get()};
  Value console = ctx.new_object();
  Value log = ctx.new_object();
  for (int i = 0; i < kMethodCount; ++i) {
    const MethodInfo& m = kMethods[static_cast<std::size_t>(i)];
    JS_DefinePropertyValueStr(c, m.on_llmos_log ? log.get() : console.get(), m.name,
                              JS_NewCFunctionData(c, &js_console_method, m.length, i, 1, data),
                              JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  }
  Value global = ctx.global();
  JS_DefinePropertyValueStr(c, global.get(), "console", console.release(),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  ctx.define_value(llmos, "log", std::move(log));
  ctx.set_inspector(Value(c, JS_NewCFunctionData(c, &js_inspect, 1, 0, 1, data)));
}

}  // namespace llmos::kernel
