#include "kernel/storage/storage_bindings.hpp"

#include <cstdio>
#include <exception>
#include <new>
#include <optional>
#include <string>

#include "engine/function_list.hpp"
#include "kernel/kernel_state.hpp"
#include "kernel/storage/store.hpp"

namespace llmos::kernel {
namespace {

using engine::Context;
using engine::CString;
using engine::JsErrorType;
using engine::Value;
using storage::SetStatus;
using storage::Store;

struct StorageState {
  std::shared_ptr<storage::Backend> store;
  std::string dir;  // the data dir `store` belongs to
};

// No C++ exception may unwind through QuickJS: allocation failures become the engine's own
// out-of-memory error, anything else an InternalError.
template <typename F>
JSValue guarded(JSContext* c, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return JS_ThrowOutOfMemory(c);
  } catch (const std::exception& e) {
    return JS_ThrowInternalError(c, "LLMOS.storage: %s", e.what());
  }
}

std::string format_mb(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// A promise settled with `value` (resolve) or `reason` (reject).
JSValue settled(JSContext* c, JSValueConst v, bool fulfil) {
  JSValue funcs[2];
  Value promise(c, JS_NewPromiseCapability(c, funcs));
  if (promise.is_exception()) return JS_EXCEPTION;
  Value resolve(c, funcs[0]);
  Value reject(c, funcs[1]);
  Value r(c, JS_Call(c, fulfil ? resolve.get() : reject.get(), JS_UNDEFINED, 1, &v));
  if (r.is_exception()) return JS_EXCEPTION;
  return promise.release();
}

JSValue resolved(JSContext* c, Value value) { return settled(c, value.get(), true); }

// The storage calls are asynchronous, so their errors arrive as rejections, as from an async
// function. The interrupt at the time limit stays a thrown exception: a rejection could be
// caught, and the time limit must not be.
JSValue rejected_with_pending(JSContext* c) {
  if (Context::from(c).runtime().deadline().expired()) return JS_EXCEPTION;
  Value reason(c, JS_GetException(c));
  return settled(c, reason.get(), false);
}

JSValue reject_type_error(JSContext* c, const std::string& message) {
  JS_ThrowTypeError(c, "%s", message.c_str());
  return rejected_with_pending(c);
}

JSValue reject_range_error(JSContext* c, const std::string& message) {
  JS_ThrowRangeError(c, "%s", message.c_str());
  return rejected_with_pending(c);
}

JSValue reject_limit(JSContext* c, const std::string& message) {
  Context::from(c).throw_limit_error(JsErrorType::kRangeError, message);
  return rejected_with_pending(c);
}

// A plain Error: the artifact did nothing wrong, the data dir is unusable.
JSValue reject_unavailable(JSContext* c, const char* fn, const std::string& why) {
  // Given up at the time limit (waiting for another process's lock): the run timed out.
  if (Context::from(c).runtime().deadline().check()) {
    JS_ThrowInternalError(c, "interrupted");
    return JS_EXCEPTION;
  }
  Value err(c, JS_NewError(c));
  if (err.is_exception()) return JS_EXCEPTION;
  const std::string msg = std::string(fn) + ": storage is unavailable: " + why;
  JS_DefinePropertyValueStr(c, err.get(), "message", JS_NewStringLen(c, msg.data(), msg.size()),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  return settled(c, err.get(), false);
}

const char* type_of(JSContext* c, JSValueConst v) {
  if (JS_IsUndefined(v)) return "undefined";
  if (JS_IsNull(v)) return "null";
  if (JS_IsBool(v)) return "boolean";
  if (JS_IsNumber(v)) return "number";
  if (JS_IsBigInt(c, v)) return "bigint";
  if (JS_IsSymbol(v)) return "symbol";
  if (JS_IsFunction(c, v)) return "function";
  return "object";
}

// The message of `error` when it is a TypeError (what JSON.stringify throws for cycles and
// BigInts).
std::optional<std::string> type_error_message(JSContext* c, JSValueConst error) {
  if (!JS_IsError(c, error)) return std::nullopt;
  Value name(c, JS_GetPropertyStr(c, error, "name"));
  Value message(c, JS_GetPropertyStr(c, error, "message"));
  if (name.is_exception() || message.is_exception()) {
    Value ignored(c, JS_GetException(c));
    return std::nullopt;
  }
  if (!JS_IsString(name.get()) || !JS_IsString(message.get())) return std::nullopt;
  CString n(c, name.get());
  CString m(c, message.get());
  if (n.view() != "TypeError") return std::nullopt;
  return std::string(m.view());
}

// The key argument as UTF-8. Returns false with `error` (a rejected promise) when it is not a
// non-empty string.
bool key_arg(JSContext* c, int argc, JSValueConst* argv, const char* fn, std::string& key, JSValue& error) {
  const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
  if (!JS_IsString(v)) {
    error = reject_type_error(c, std::string(fn) + ": key must be a string, got " + type_of(c, v));
    return false;
  }
  CString s(c, v);
  if (!s.ok()) {
    error = rejected_with_pending(c);
    return false;
  }
  if (s.view().empty()) {
    error = reject_range_error(c, std::string(fn) + ": key must not be empty");
    return false;
  }
  key.assign(s.view());
  return true;
}

// The run's own backend, else the shared store of the run's data dir, opened on first use.
Result<storage::Backend*> store_for(JSContext* c) {
  KernelState& ks = kernel_state(c);
  if (ks.config.storage) return ks.config.storage.get();
  auto& st = ks.module<StorageState>();
  if (!st.store || st.dir != ks.config.data_dir) {
    auto opened = Store::shared(ks.config.data_dir);
    if (!opened) return opened.error();
    st.store = std::move(opened.value());
    st.dir = ks.config.data_dir;
  }
  return st.store.get();
}

JSValue js_get(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.storage.get";
    std::string key;
    JSValue error;
    if (!key_arg(c, argc, argv, fn, key, error)) return error;
    const storage::WaitDeadline wait(Context::from(c).runtime().deadline().end());
    auto store = store_for(c);
    if (!store) return reject_unavailable(c, fn, store.error().message);
    auto got = store.value()->get(kernel_state(c).config.artifact_id, key);
    if (!got) return reject_unavailable(c, fn, got.error().message);
    if (!got.value()) return resolved(c, Value(c, JS_NULL));
    const std::string& text = *got.value();
    Value parsed(c, JS_ParseJSON(c, text.c_str(), text.size(), "<storage>"));
    if (parsed.is_exception()) return rejected_with_pending(c);
    return resolved(c, std::move(parsed));
  });
}

JSValue js_set(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.storage.set";
    std::string key;
    JSValue error;
    if (!key_arg(c, argc, argv, fn, key, error)) return error;
    const JSValueConst value = argc > 1 ? argv[1] : JS_UNDEFINED;
    std::string json = "null";
    if (!JS_IsUndefined(value)) {
      Value text(c, JS_JSONStringify(c, value, JS_UNDEFINED, JS_UNDEFINED));
      if (text.is_exception()) {
        if (Context::from(c).runtime().deadline().expired()) return JS_EXCEPTION;
        Value reason(c, JS_GetException(c));
        // Cycles and BigInts: say which call refused the value, so the artifact's author can
        // tell. Anything else (a throwing toJSON or getter) goes through unchanged.
        if (const auto detail = type_error_message(c, reason.get()))
          return reject_type_error(c, std::string(fn) + ": the value cannot be stored as JSON: " + *detail);
        return settled(c, reason.get(), false);
      }
      if (!JS_IsString(text.get()))
        return reject_type_error(c, std::string(fn) + ": the value cannot be stored as JSON (a " +
                                        type_of(c, value) + " has no JSON form)");
      CString s(c, text.get());
      if (!s.ok()) return rejected_with_pending(c);
      json.assign(s.view());
    }
    const storage::WaitDeadline wait(Context::from(c).runtime().deadline().end());
    auto store = store_for(c);
    if (!store) return reject_unavailable(c, fn, store.error().message);
    const storage::Quotas& q = store.value()->quotas();
    auto status = store.value()->set(kernel_state(c).config.artifact_id, key, json);
    if (!status) return reject_unavailable(c, fn, status.error().message);
    switch (status.value()) {
      case SetStatus::kOk:
        return resolved(c, Value(c, JS_UNDEFINED));
      case SetStatus::kKeyTooLarge:
        return reject_limit(c, std::string(fn) + ": the key is " + format_mb(key.size()) +
                                   ", over the limit of " + format_mb(q.max_key_bytes) + " per key");
      case SetStatus::kValueTooLarge:
        return reject_limit(c, std::string(fn) + ": the value is " + format_mb(json.size()) +
                                   " as JSON, over the limit of " + format_mb(q.max_value_bytes) +
                                   " per value");
      case SetStatus::kArtifactFull:
        break;
    }
    return reject_limit(c, std::string(fn) + ": storing this value would take the artifact over its limit of " +
                               format_mb(q.max_artifact_bytes) + " of storage");
  });
}

JSValue js_remove(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.storage.remove";
    std::string key;
    JSValue error;
    if (!key_arg(c, argc, argv, fn, key, error)) return error;
    const storage::WaitDeadline wait(Context::from(c).runtime().deadline().end());
    auto store = store_for(c);
    if (!store) return reject_unavailable(c, fn, store.error().message);
    auto removed = store.value()->remove(kernel_state(c).config.artifact_id, key);
    if (!removed) return reject_unavailable(c, fn, removed.error().message);
    return resolved(c, Value(c, JS_UNDEFINED));
  });
}

JSValue js_keys(JSContext* c, JSValueConst, int, JSValueConst*) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.storage.keys";
    const storage::WaitDeadline wait(Context::from(c).runtime().deadline().end());
    auto store = store_for(c);
    if (!store) return reject_unavailable(c, fn, store.error().message);
    auto keys = store.value()->keys(kernel_state(c).config.artifact_id);
    if (!keys) return reject_unavailable(c, fn, keys.error().message);
    Value array(c, JS_NewArray(c));
    if (array.is_exception()) return JS_EXCEPTION;
    uint32_t i = 0;
    for (const std::string& k : keys.value()) {
      JSValue s = JS_NewStringLen(c, k.data(), k.size());
      if (JS_IsException(s) || JS_SetPropertyUint32(c, array.get(), i++, s) < 0) return rejected_with_pending(c);
    }
    return resolved(c, std::move(array));
  });
}

JSValue js_clear(JSContext* c, JSValueConst, int, JSValueConst*) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.storage.clear";
    const storage::WaitDeadline wait(Context::from(c).runtime().deadline().end());
    auto store = store_for(c);
    if (!store) return reject_unavailable(c, fn, store.error().message);
    auto cleared = store.value()->clear(kernel_state(c).config.artifact_id);
    if (!cleared) return reject_unavailable(c, fn, cleared.error().message);
    return resolved(c, Value(c, JS_UNDEFINED));
  });
}

}  // namespace

namespace {
constexpr JSCFunctionListEntry kStorageMethods[] = {
    engine::lazy::method("get", 1, &js_get),       engine::lazy::method("set", 2, &js_set),
    engine::lazy::method("remove", 1, &js_remove), engine::lazy::method("keys", 0, &js_keys),
    engine::lazy::method("clear", 0, &js_clear),
};
constexpr JSCFunctionListEntry kLlmosEntries[] = {engine::lazy::object("storage", kStorageMethods, JS_PROP_C_W_E)};
}  // namespace

void install_storage(engine::Context& ctx, JSValueConst llmos) { engine::lazy::define(ctx.get(), llmos, kLlmosEntries); }

}  // namespace llmos::kernel
