#pragma once
// Entries for JS_SetPropertyFunctionList: QuickJS creates a function or object listed this way
// only when the property is first read (its "autoinit" properties, as for its own built-ins),
// and no script can tell the difference. A context that never touches LLMOS.viz never pays for
// its functions. The tables must outlive every context that uses them (static storage).
#include <quickjs.h>

#include <cstdint>

namespace llmos::engine::lazy {

inline constexpr std::uint8_t kMethodFlags = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;

constexpr JSCFunctionListEntry method(const char* name, int length, JSCFunction* fn,
                                      std::uint8_t flags = kMethodFlags) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = flags;
  e.def_type = JS_DEF_CFUNC;
  e.u.func.length = static_cast<std::uint8_t>(length);
  e.u.func.cproto = JS_CFUNC_generic;
  e.u.func.cfunc.generic = fn;
  return e;
}

constexpr JSCFunctionListEntry method(const char* name, int length, JSCFunctionMagic* fn, int magic,
                                      std::uint8_t flags = kMethodFlags) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = flags;
  e.def_type = JS_DEF_CFUNC;
  e.magic = static_cast<std::int16_t>(magic);
  e.u.func.length = static_cast<std::uint8_t>(length);
  e.u.func.cproto = JS_CFUNC_generic_magic;
  e.u.func.cfunc.generic_magic = fn;
  return e;
}

// A plain object (Object.prototype) holding the entries of `tab`, themselves lazy.
template <std::size_t N>
constexpr JSCFunctionListEntry object(const char* name, const JSCFunctionListEntry (&tab)[N],
                                      std::uint8_t flags) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = flags;
  e.def_type = JS_DEF_OBJECT;
  e.u.prop_list = {tab, static_cast<int>(N)};
  return e;
}

template <std::size_t N>
void define(JSContext* c, JSValueConst obj, const JSCFunctionListEntry (&tab)[N]) {
  JS_SetPropertyFunctionList(c, obj, tab, static_cast<int>(N));
}

}  // namespace llmos::engine::lazy
