#include "kernel/web/web_bindings.hpp"

#include <sys/random.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "common/run_result.hpp"
#include "common/utf8.hpp"
#include "engine/class_ids.hpp"
#include "engine/function_list.hpp"
#include "kernel/kernel_state.hpp"
#include "kernel/web/dom_exception.hpp"
#include "kernel/web/structured_clone.hpp"
#include "kernel/web/text_codec.hpp"

namespace llmos::kernel {
namespace {

using engine::Context;
using engine::Value;

// ---- performance ----

JSValue js_performance_now(JSContext* c, JSValueConst, int, JSValueConst*) {
  const auto since = std::chrono::steady_clock::now() - Context::from(c).runtime().deadline().started();
  // Microseconds, as browsers coarsen it (no finer timer for timing attacks).
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(since).count();
  return JS_NewFloat64(c, static_cast<double>(us) / 1000.0);
}

JSValue js_performance_time_origin(JSContext* c, JSValueConst, int, JSValueConst*) {
  const auto started = Context::from(c).runtime().deadline().started();
  const auto wall = std::chrono::system_clock::now() - (std::chrono::steady_clock::now() - started);
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(wall.time_since_epoch()).count();
  return JS_NewFloat64(c, static_cast<double>(us) / 1000.0);
}

// ---- atob / btoa: strings whose characters are bytes (U+0000..U+00FF) ----

// The code points of a string, or nullopt with an exception pending.
std::optional<std::u32string> code_points(JSContext* c, JSValueConst v) {
  size_t len = 0;
  const char* s = JS_ToCStringLen(c, &len, v);
  if (!s) return std::nullopt;
  std::u32string out;
  out.reserve(len);
  const auto* p = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* end = p + len;
  while (p < end) {
    char32_t cp = *p;
    int extra = cp < 0x80 ? 0 : cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
    if (extra) cp &= 0x3F >> extra;
    ++p;
    for (; extra > 0 && p < end; --extra, ++p) cp = (cp << 6) | (*p & 0x3F);
    out.push_back(cp);
  }
  JS_FreeCString(c, s);
  return out;
}

JSValue js_btoa(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1) return JS_ThrowTypeError(c, "btoa: 1 argument required, but only 0 present");
  const auto cps = code_points(c, argv[0]);
  if (!cps) return JS_EXCEPTION;
  std::string bytes;
  bytes.reserve(cps->size());
  for (std::size_t i = 0; i < cps->size(); ++i) {
    if ((*cps)[i] > 0xFF)
      return throw_dom_exception(c, "InvalidCharacterError",
                         "btoa: the string has a character outside Latin-1 at index " + std::to_string(i) +
                             " (encode text first, e.g. with TextEncoder, then turn the bytes into a string)");
    bytes.push_back(static_cast<char>((*cps)[i]));
  }
  const std::string out = base64_encode(bytes);
  return JS_NewStringLen(c, out.data(), out.size());
}

// The forgiving base64 of the HTML standard: ASCII whitespace ignored, padding optional.
JSValue js_atob(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1) return JS_ThrowTypeError(c, "atob: 1 argument required, but only 0 present");
  const auto cps = code_points(c, argv[0]);
  if (!cps) return JS_EXCEPTION;
  std::string text;
  text.reserve(cps->size());
  for (const char32_t cp : *cps) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r') continue;
    if (cp > 0x7F) return throw_dom_exception(c, "InvalidCharacterError", "atob: the string is not correctly encoded base64");
    text.push_back(static_cast<char>(cp));
  }
  if (text.size() % 4 == 0 && !text.empty() && text.back() == '=') {
    // padded already
  } else if (text.size() % 4 == 2) {
    text += "==";
  } else if (text.size() % 4 == 3) {
    text += "=";
  }
  const auto bytes = base64_decode(text);
  if (!bytes) return throw_dom_exception(c, "InvalidCharacterError", "atob: the string is not correctly encoded base64");
  // Each byte becomes the character with that code (Latin-1), as UTF-8 for the engine.
  std::string text_utf8;
  text_utf8.reserve(bytes->size() * 2);
  for (const unsigned char b : *bytes) utf8::append(text_utf8, b);
  return JS_NewStringLen(c, text_utf8.data(), text_utf8.size());
}

// ---- crypto ----

bool random_bytes(void* out, std::size_t n) {
  auto* p = static_cast<unsigned char*>(out);
  while (n > 0) {
    const ssize_t got = ::getrandom(p, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += got;
    n -= static_cast<std::size_t>(got);
  }
  return true;
}

// crypto.getRandomValues(typedArray): fills an integer typed array in place (at most 65536
// bytes, as browsers allow) and returns it.
JSValue js_get_random_values(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
  const JSClassID cls = JS_GetClassID(v);
  // Uint8ClampedArray .. BigUint64Array: the typed arrays of integers (Float32/64 come after).
  if (!engine::class_id::is_typed_array(cls) || cls > engine::class_id::kBigUint64Array)
    return throw_dom_exception(c, "TypeMismatchError",
                       "crypto.getRandomValues: the argument must be an integer typed array (Uint8Array, Int32Array, ...)");
  size_t offset = 0, length = 0, element = 0;
  Value buffer(c, JS_GetTypedArrayBuffer(c, v, &offset, &length, &element));
  if (buffer.is_exception()) return JS_EXCEPTION;
  if (length > 65536)
    return throw_dom_exception(c, "QuotaExceededError",
                       "crypto.getRandomValues: " + std::to_string(length) +
                           " bytes asked for, more than the 65536 allowed at once");
  size_t size = 0;
  uint8_t* data = JS_GetArrayBuffer(c, &size, buffer.get());
  if (!data && length > 0) return JS_EXCEPTION;
  if (length > 0 && !random_bytes(data + offset, length))
    return JS_ThrowInternalError(c, "crypto.getRandomValues: the system's random source failed");
  return JS_DupValue(c, v);
}

// crypto.randomUUID(): a version 4 UUID from the system's random source.
JSValue js_random_uuid(JSContext* c, JSValueConst, int, JSValueConst*) {
  std::array<unsigned char, 16> b{};
  if (!random_bytes(b.data(), b.size()))
    return JS_ThrowInternalError(c, "crypto.randomUUID: the system's random source failed");
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
  char out[37];
  std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return JS_NewStringLen(c, out, 36);
}

// ---- structuredClone ----

struct WebState {
  CloneBuiltins clone;
};

JSValue js_structured_clone(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1) return JS_ThrowTypeError(c, "structuredClone: 1 argument required, but only 0 present");
  if (argc > 1 && JS_IsObject(argv[1])) {
    // Nothing can be transferred out of an artifact's single realm: say so rather than copy.
    Value transfer(c, JS_GetPropertyStr(c, argv[1], "transfer"));
    if (transfer.is_exception()) return JS_EXCEPTION;
    if (!transfer.is_undefined()) {
      Value len(c, JS_GetPropertyStr(c, transfer.get(), "length"));
      int64_t n = 0;
      if (len.is_exception() || JS_ToInt64(c, &n, len.get()) < 0) return JS_EXCEPTION;
      if (n > 0) return throw_dom_exception(c, "DataCloneError", "structuredClone: the transfer option is not supported here");
    }
  }
  return structured_clone(c, kernel_state(c).module<WebState>().clone, argv[0]);
}

constexpr JSCFunctionListEntry getter(const char* name, JSCFunction* fn) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = JS_PROP_CONFIGURABLE;  // as the built-ins' accessors (console.log shows {})
  e.def_type = JS_DEF_CGETSET;
  e.u.getset.get.generic = fn;
  return e;
}

constexpr JSCFunctionListEntry constructor(const char* name, int length, JSCFunction* fn) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;
  e.def_type = JS_DEF_CFUNC;
  e.u.func.length = static_cast<std::uint8_t>(length);
  e.u.func.cproto = JS_CFUNC_constructor;
  e.u.func.cfunc.constructor = fn;
  return e;
}

constexpr JSCFunctionListEntry kPerformance[] = {
    engine::lazy::method("now", 0, &js_performance_now),
    getter("timeOrigin", &js_performance_time_origin),
};
constexpr JSCFunctionListEntry kCrypto[] = {
    engine::lazy::method("getRandomValues", 1, &js_get_random_values),
    engine::lazy::method("randomUUID", 0, &js_random_uuid),
};
constexpr JSCFunctionListEntry kGlobals[] = {
    engine::lazy::object("performance", kPerformance, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE),
    engine::lazy::object("crypto", kCrypto, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE),
    engine::lazy::method("atob", 1, &js_atob),
    engine::lazy::method("btoa", 1, &js_btoa),
    engine::lazy::method("structuredClone", 1, &js_structured_clone),
    constructor("TextEncoder", 0, &js_text_encoder),
    constructor("TextDecoder", 0, &js_text_decoder),
};

}  // namespace

void install_web(Context& ctx) {
  kernel_state(ctx).module<WebState>().clone = capture_clone_builtins(ctx.get());
  Value global = ctx.global();
  engine::lazy::define(ctx.get(), global.get(), kGlobals);
}

}  // namespace llmos::kernel
