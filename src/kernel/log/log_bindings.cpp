#include "kernel/log/log_bindings.hpp"

#include <chrono>

#include "common/check.hpp"
#include "kernel/embedded_js.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Value;

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
  LLMOS_CHECK(!factory.is_exception());
  Value r(ctx.get(), JS_Call(ctx.get(), factory.get(), JS_UNDEFINED, static_cast<int>(args.size()),
                             const_cast<JSValueConst*>(args.begin())));
  LLMOS_CHECK(!r.is_exception());
  return r;
}

}  // namespace

void install_log(engine::Context& ctx, JSValueConst llmos) {
  JSContext* c = ctx.get();
  Value inspect_api = call_factory(ctx, js::inspect, {});
  Value format = inspect_api.property("format");
  Value inspect = inspect_api.property("inspect");
  Value print(c, JS_NewCFunction(c, &js_print, "print", 2));
  Value now(c, JS_NewCFunction(c, &js_now, "now", 0));
  Value api = call_factory(ctx, js::console, {format.get(), inspect.get(), print.get(), now.get()});

  Value global = ctx.global();
  JS_DefinePropertyValueStr(c, global.get(), "console", api.property("console").release(),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  ctx.define_value(llmos, "log", api.property("log"));
  ctx.set_inspector(std::move(inspect));
}

}  // namespace llmos::kernel
