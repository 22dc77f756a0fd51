#include "kernel/stdlib.hpp"

#include "engine/builtin.hpp"
#include "engine/context.hpp"
#include "kernel/embedded_js.hpp"
#include "kernel/kernel_state.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Value;

std::string_view bytes_of(const engine::EmbeddedScript& s) {
  return {reinterpret_cast<const char*>(s.bytecode), s.size};
}

constexpr const char* kNames[] = {"llmos:init.js", "llmos:stdlib.js"};

// The built-ins stdlib.js uses, by the names it reads them from P.
constexpr engine::NamedBuiltin kStdlibBuiltins[] = {
    {"ArrayIsArray", "Array.isArray"},
    {"NumberIsFinite", "Number.isFinite"},
    {"NumberIsInteger", "Number.isInteger"},
    {"MathRound", "Math.round"},
    {"MathAbs", "Math.abs"},
    {"MathCeil", "Math.ceil"},
    {"MathMax", "Math.max"},
    {"NumberCtor", "Number"},
    {"StringCtor", "String"},
    {"ReflectApply", "Reflect.apply"},
    {"StringPrototypeSplit", "String.prototype.split"},
    {"TypeErrorCtor", "TypeError"},
    {"RangeErrorCtor", "RangeError"},
};

// What a context keeps for stdlib.js until it runs, then its helpers.
struct StdlibState {
  std::string_view bytecode;      // empty: install_stdlib() has not run in this context
  std::vector<engine::Builtin> builtins;  // kStdlibBuiltins, captured before the artifact ran
  Value helpers;                  // what stdlib.js returned, once it has run
};

// Runs stdlib.js with the captured built-ins: its helpers, or an exception.
Value load_helpers(engine::Context& ctx, const StdlibState& st) {
  JSContext* c = ctx.get();
  Value prims(c, JS_NewObjectProto(c, JS_NULL));
  if (prims.is_exception()) return prims;
  for (std::size_t i = 0; i < std::size(kStdlibBuiltins); ++i)
    if (!engine::define_builtin(c, prims.get(), kStdlibBuiltins[i].name, st.builtins[i])) return Value(c, JS_EXCEPTION);
  const engine::EmbeddedScript script{kNames[1], reinterpret_cast<const std::uint8_t*>(st.bytecode.data()),
                                      st.bytecode.size()};
  Value factory = ctx.run_embedded(script);
  if (factory.is_exception()) return factory;
  JSValueConst args[] = {prims.get()};
  Value helpers(c, JS_Call(c, factory.get(), JS_UNDEFINED, 1, args));
  if (helpers.is_exception() || helpers.is_object()) return helpers;
  return Value(c, JS_ThrowInternalError(c, "llmos:stdlib.js did not return its helpers"));
}

// The helpers, loaded on first need; an exception when they cannot be now (the run's memory or
// time is up), to be tried again on the next call.
Value helpers_of(engine::Context& ctx) {
  StdlibState& st = kernel_state(ctx).module<StdlibState>();
  if (st.helpers.is_undefined()) {
    if (st.bytecode.empty())
      return Value(ctx.get(), JS_ThrowInternalError(ctx.get(), "the LLMOS stdlib is not installed in this context"));
    Value helpers = load_helpers(ctx, st);
    if (helpers.is_exception()) return helpers;
    st.helpers = std::move(helpers);
  }
  return st.helpers;
}

// Whether the helpers are exactly the functions LLMOS.utils stands in for (a build defect if not).
std::optional<std::string> check_helpers(JSContext* c, const Value& helpers) {
  for (const StdlibHelper& h : kStdlibHelpers) {
    Value fn = helpers.property(h.name);
    if (!JS_IsFunction(c, fn.get())) return std::string(kNames[1]) + ": no helper " + h.name;
  }
  JSPropertyEnum* props = nullptr;
  uint32_t n = 0;
  if (JS_GetOwnPropertyNames(c, &props, &n, helpers.get(), JS_GPN_STRING_MASK) < 0)
    return std::string(kNames[1]) + ": its helpers cannot be listed";
  for (uint32_t i = 0; i < n; ++i) JS_FreeAtom(c, props[i].atom);
  js_free(c, props);
  if (n != std::size(kStdlibHelpers))
    return std::string(kNames[1]) + ": " + std::to_string(n) + " helpers, LLMOS.utils stands in for " +
           std::to_string(std::size(kStdlibHelpers));
  return std::nullopt;
}

// The pending exception as text, for the error message (and cleared).
std::string take_exception(JSContext* c) {
  Value exc(c, JS_GetException(c));
  CString text(c, exc.get());
  return text.ok() ? std::string(text.view()) : std::string("an exception that cannot be shown");
}

}  // namespace

const std::array<StdlibFile, 2>& stdlib_files() {
  static const std::array<StdlibFile, 2> files = {{
      {"init.jsbc", bytes_of(js::init)},
      {"stdlib.jsbc", bytes_of(js::stdlib)},
  }};
  return files;
}

std::shared_ptr<const Stdlib> embedded_stdlib() {
  static const auto lib = [] {
    auto l = std::make_shared<Stdlib>();
    for (std::size_t i = 0; i < l->bytecode.size(); ++i) l->bytecode[i] = stdlib_files()[i].embedded;
    l->origin = "embedded";
    return std::shared_ptr<const Stdlib>(std::move(l));
  }();
  return lib;
}

std::optional<std::string> install_stdlib(engine::Context& ctx, const Stdlib& lib, StdlibInfo* info) {
  JSContext* c = ctx.get();
  Value global = ctx.global();
  Value llmos = global.property("LLMOS");
  if (!llmos.is_object()) return std::string("the LLMOS object is not installed");
  const engine::EmbeddedScript init{kNames[0], reinterpret_cast<const std::uint8_t*>(lib.bytecode[0].data()),
                                    lib.bytecode[0].size()};
  Value factory = ctx.run_embedded(init);
  if (factory.is_exception()) return std::string(kNames[0]) + ": " + take_exception(c);
  JSValueConst args[] = {llmos.get(), info != nullptr ? JS_TRUE : JS_FALSE};
  Value ret(c, JS_Call(c, factory.get(), JS_UNDEFINED, 2, args));
  if (ret.is_exception()) return std::string(kNames[0]) + ": " + take_exception(c);
  if (info != nullptr && ret.is_object()) {
    CString banner(c, ret.property("banner").get());
    info->banner = std::string(banner.view());
    Value modules = ret.property("modules");
    uint32_t n = 0;
    if (JS_ToUint32(c, &n, modules.property("length").get()) == 0) {
      for (uint32_t k = 0; k < n; ++k) {
        Value m(c, JS_GetPropertyUint32(c, modules.get(), k));
        CString name(c, m.get());
        info->modules.emplace_back(name.view());
      }
    }
  }

  StdlibState& st = kernel_state(ctx).module<StdlibState>();
  const engine::BuiltinReader read(c);
  st.builtins.clear();
  static engine::BuiltinTable* table = new engine::BuiltinTable(std::size(kStdlibBuiltins));  // the pool builds until exit
  for (std::size_t i = 0; i < std::size(kStdlibBuiltins); ++i)
    st.builtins.push_back(table->read(read, i, kStdlibBuiltins[i].path));
  st.bytecode = lib.bytecode[1];
  if (info == nullptr) return std::nullopt;
  Value helpers = helpers_of(ctx);
  if (helpers.is_exception()) return std::string(kNames[1]) + ": " + take_exception(c);
  return check_helpers(c, helpers);
}

JSValue js_stdlib_helper(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  Value helpers = helpers_of(engine::Context::from(c));
  if (helpers.is_exception()) return JS_EXCEPTION;
  Value fn = helpers.property(kStdlibHelpers[static_cast<std::size_t>(magic)].name);
  if (fn.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, fn.get(), this_val, argc, argv);
}

}  // namespace llmos::kernel
