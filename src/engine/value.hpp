#pragma once
// RAII ownership of one QuickJS value: every JSValue llmos holds lives in a Value, so no
// reference is leaked or freed twice (JS_FreeRuntime asserts on leaks in checked builds).
#include <quickjs.h>

#include <utility>

namespace llmos::engine {

class Value {
 public:
  Value() = default;
  // Takes ownership of `v` (a new reference).
  Value(JSContext* ctx, JSValue v) : ctx_(ctx), v_(v) {}
  // A new reference to a borrowed value.
  static Value dup(JSContext* ctx, JSValueConst v) { return Value(ctx, JS_DupValue(ctx, v)); }

  Value(const Value& o) : ctx_(o.ctx_), v_(o.ctx_ ? JS_DupValue(o.ctx_, o.v_) : o.v_) {}
  Value(Value&& o) noexcept : ctx_(std::exchange(o.ctx_, nullptr)), v_(std::exchange(o.v_, JS_UNDEFINED)) {}
  Value& operator=(Value o) noexcept {
    std::swap(ctx_, o.ctx_);
    std::swap(v_, o.v_);
    return *this;
  }
  ~Value() { reset(); }

  void reset() {
    if (ctx_) JS_FreeValue(ctx_, v_);
    ctx_ = nullptr;
    v_ = JS_UNDEFINED;
  }
  // Gives up ownership: the caller now owns the reference.
  JSValue release() {
    ctx_ = nullptr;
    return std::exchange(v_, JS_UNDEFINED);
  }

  JSValueConst get() const { return v_; }
  JSContext* context() const { return ctx_; }
  bool is_exception() const { return JS_IsException(v_); }
  bool is_undefined() const { return JS_IsUndefined(v_); }
  bool is_object() const { return JS_IsObject(v_); }

  Value property(const char* name) const { return Value(ctx_, JS_GetPropertyStr(ctx_, v_, name)); }

 private:
  JSContext* ctx_ = nullptr;
  JSValue v_ = JS_UNDEFINED;
};

// A C string from JS_ToCString, freed on scope exit.
class CString {
 public:
  CString(JSContext* ctx, JSValueConst v) : ctx_(ctx), s_(JS_ToCStringLen(ctx, &len_, v)) {}
  CString(const CString&) = delete;
  CString& operator=(const CString&) = delete;
  ~CString() { if (s_) JS_FreeCString(ctx_, s_); }
  bool ok() const { return s_ != nullptr; }
  std::string_view view() const { return s_ ? std::string_view(s_, len_) : std::string_view(); }

 private:
  JSContext* ctx_;
  size_t len_ = 0;
  const char* s_;
};

}  // namespace llmos::engine
