#pragma once
#include <quickjs.h>

#include <string>

#include "engine/value.hpp"

namespace llmos::kernel {

// Throws what browsers throw as a DOMException (InvalidCharacterError, DataCloneError, ...):
// QuickJS has none, so it is an Error whose name says what went wrong. Returns JS_EXCEPTION.
inline JSValue throw_dom_exception(JSContext* c, const char* name, const std::string& message) {
  engine::Value e(c, JS_NewError(c));
  if (e.is_exception()) return JS_EXCEPTION;
  if (JS_DefinePropertyValueStr(c, e.get(), "name", JS_NewString(c, name), JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE) < 0 ||
      JS_DefinePropertyValueStr(c, e.get(), "message", JS_NewStringLen(c, message.data(), message.size()),
                                JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE) < 0)
    return JS_EXCEPTION;
  return JS_Throw(c, e.release());
}

}  // namespace llmos::kernel
