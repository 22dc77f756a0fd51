#include "executor/host_bindings.hpp"

#include <algorithm>
#include <array>
#include <mutex>
#include <set>

#include "common/limits.hpp"
#include "common/utf8.hpp"
#include "engine/sandbox.hpp"
#include "engine/to_json.hpp"
#include "kernel/kernel_state.hpp"
#include "kernel/llmos_api.hpp"
#include "kernel/stdlib.hpp"

namespace llmos::executor {
namespace {

using engine::CString;
using engine::Value;

// A message thrown by the host, as much as an error message should carry.
constexpr std::size_t kMaxHostMessageBytes = 64 * 1024;

// The bindings of one context, reached by the natives through the context's kernel state.
struct HostCallState {
  std::shared_ptr<const HostBindings> bindings;
  Limits limits;
  Value error_ctor;  // the Error constructor as the context was built, not the artifact's
};

std::string pending_exception_text(JSContext* c) {
  Value exc(c, JS_GetException(c));
  CString text(c, exc.get());
  return text.ok() ? std::string(text.view()) : std::string("unknown error");
}

JSValue throw_error(JSContext* c, const HostCallState& st, std::string message) {
  message = utf8::sanitize(message);
  message.resize(utf8::safe_prefix(message, kMaxHostMessageBytes));
  Value msg(c, JS_NewStringLen(c, message.data(), message.size()));
  if (msg.is_exception()) return JS_EXCEPTION;
  JSValueConst arg = msg.get();
  Value err(c, JS_CallConstructor(c, st.error_ctor.get(), 1, &arg));
  if (err.is_exception()) return JS_EXCEPTION;
  return JS_Throw(c, err.release());
}

JSValue call_host(JSContext* c, int argc, JSValueConst* argv, int index) {
  engine::Context& ctx = engine::Context::from(c);
  const HostCallState& st = kernel::kernel_state(ctx).module<HostCallState>();
  if (!st.bindings || index < 0 || static_cast<std::size_t>(index) >= st.bindings->functions.size())
    return JS_ThrowInternalError(c, "this host function is not available");
  const auto& [name, fn] = st.bindings->functions[static_cast<std::size_t>(index)];

  Value args(c, JS_NewArray(c));
  if (args.is_exception()) return JS_EXCEPTION;
  for (int i = 0; i < argc; ++i) {
    if (JS_DefinePropertyValueUint32(c, args.get(), static_cast<uint32_t>(i), JS_DupValue(c, argv[i]),
                                     JS_PROP_C_W_E) < 0)
      return JS_EXCEPTION;
  }
  engine::JsonConversion conv = engine::to_json(ctx, args.get(), st.limits);
  if (conv.status == engine::JsonConversion::Status::kException) return JS_EXCEPTION;
  if (conv.status == engine::JsonConversion::Status::kTimeout) return JS_ThrowInternalError(c, "interrupted");
  if (conv.truncated)
    return ctx.throw_limit_error(engine::JsErrorType::kRangeError,
                                 name + ": the arguments are too large or too deeply nested to pass to the host");

  std::string returned;
  std::string failure;
  bool failed = false;
  try {
    returned = fn(conv.json);
  } catch (const std::exception& e) {
    failed = true;
    failure = e.what();
  } catch (...) {
    failed = true;
    failure = "host function " + name + " failed";
  }
  if (failed) return throw_error(c, st, std::move(failure));
  if (returned.empty()) return JS_UNDEFINED;
  // QuickJS's JSON parser stops at a NUL byte: "1\0junk" must not pass for 1.
  if (returned.find('\0') != std::string::npos || !utf8::is_valid(returned))
    return throw_error(c, st, "host function " + name + " returned invalid JSON (not UTF-8 text)");
  const bool refused_before = ctx.runtime().allocation_failed();
  Value v(c, JS_ParseJSON(c, returned.c_str(), returned.size(), "<host>"));
  if (v.is_exception()) {
    // The memory limit refused the value: that is the artifact's limit, not the host's error.
    if (!refused_before && ctx.runtime().allocation_failed()) return JS_EXCEPTION;
    return throw_error(c, st, "host function " + name + " returned invalid JSON: " + pending_exception_text(c));
  }
  return v.release();
}

// No C++ exception may unwind through QuickJS's C frames: everything ends here.
JSValue js_host_call(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int magic) {
  try {
    return call_host(c, argc, argv, magic);
  } catch (const std::bad_alloc&) {
    return JS_ThrowOutOfMemory(c);
  } catch (...) {
    return JS_ThrowInternalError(c, "host function failed");
  }
}

bool is_identifier(std::string_view name) {
  if (name.empty() || name.size() > 256) return false;
  const auto start = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch == '$'; };
  if (!start(name[0])) return false;
  return std::all_of(name.begin() + 1, name.end(), [&](char ch) { return start(ch) || (ch >= '0' && ch <= '9'); });
}

// Reserved words (strict mode), and names an artifact cannot bind or that mean something else.
constexpr std::array<std::string_view, 49> kReserved = {
    "await",  "break",     "case",      "catch",     "class",    "const",   "continue", "debugger",
    "default", "delete",   "do",        "else",      "enum",     "export",  "extends",  "false",
    "finally", "for",      "function",  "if",        "import",   "in",      "instanceof", "new",
    "null",    "return",   "super",     "switch",    "this",     "throw",   "true",     "try",
    "typeof",  "var",      "void",      "while",     "with",     "yield",   "let",      "static",
    "implements", "interface", "package", "private", "protected", "public", "arguments", "eval",
    "globalThis"};

// Every name on the global object (and its prototypes) of a fresh artifact context.
const std::set<std::string, std::less<>>& sandbox_globals() {
  static const std::set<std::string, std::less<>> names = [] {
    std::set<std::string, std::less<>> out;
    engine::Sandbox sandbox;
    engine::Context& ctx = sandbox.context();
    kernel::install_api(ctx);
    kernel::install_stdlib(ctx, *kernel::embedded_stdlib());
    JSContext* c = ctx.get();
    for (Value o = ctx.global(); o.is_object(); o = Value(c, JS_GetPrototype(c, o.get()))) {
      JSPropertyEnum* props = nullptr;
      uint32_t n = 0;
      if (JS_GetOwnPropertyNames(c, &props, &n, o.get(), JS_GPN_STRING_MASK) < 0) break;
      for (uint32_t i = 0; i < n; ++i) {
        const char* s = JS_AtomToCString(c, props[i].atom);
        if (s) out.emplace(s);
        JS_FreeCString(c, s);
        JS_FreeAtom(c, props[i].atom);
      }
      js_free(c, props);
    }
    return out;
  }();
  return names;
}

}  // namespace

std::optional<std::string> check_host_name(std::string_view name) {
  const std::string shown = utf8::sanitize(name.substr(0, 100));
  if (!is_identifier(name))
    return "'" + shown + "' is not a JavaScript identifier (letters, digits, _ and $, not starting with a digit)";
  if (std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end())
    return "'" + shown + "' is a reserved word of JavaScript";
  if (sandbox_globals().count(name) != 0)
    return "'" + shown + "' is already a global of the sandbox";
  return std::nullopt;
}

std::optional<std::string> check_json(std::string_view json) {
  if (json.find('\0') != std::string_view::npos) return "JSON text must not contain a NUL byte";
  if (auto bad = utf8::first_invalid(json)) return "JSON text is not valid UTF-8 (byte " + std::to_string(*bad) + ")";
  engine::Runtime rt;
  engine::Context ctx(rt);
  JSContext* c = ctx.get();
  const std::string text(json);
  Value v(c, JS_ParseJSON(c, text.c_str(), text.size(), "<json>"));
  if (v.is_exception()) return pending_exception_text(c);
  return std::nullopt;
}

std::optional<std::string> install_host_bindings(engine::Context& ctx,
                                                 std::shared_ptr<const HostBindings> bindings,
                                                 const Limits& limits) {
  JSContext* c = ctx.get();
  Value global = ctx.global();
  HostCallState& st = kernel::kernel_state(ctx).module<HostCallState>();
  st.bindings = std::move(bindings);
  st.limits = limits;
  st.error_ctor = global.property("Error");
  const HostBindings& b = *st.bindings;
  for (std::size_t i = 0; i < b.functions.size(); ++i) {
    const std::string& name = b.functions[i].first;
    if (JS_DefinePropertyValueStr(c, global.get(), name.c_str(),
                                  JS_NewCFunctionMagic(c, &js_host_call, name.c_str(), 0, JS_CFUNC_generic_magic,
                                                       static_cast<int>(i)),
                                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE) < 0)
      return "cannot define host function " + name + ": " + pending_exception_text(c);
  }
  for (const auto& [name, json] : b.globals) {
    Value v(c, JS_ParseJSON(c, json.c_str(), json.size(), "<global>"));
    if (v.is_exception()) return "cannot define global " + name + ": " + pending_exception_text(c);
    if (JS_DefinePropertyValueStr(c, global.get(), name.c_str(), v.release(),
                                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE) < 0)
      return "cannot define global " + name + ": " + pending_exception_text(c);
  }
  return std::nullopt;
}

}  // namespace llmos::executor
