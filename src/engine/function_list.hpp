#pragma once
// Entries for JS_SetPropertyFunctionList: QuickJS creates a function or object listed this way
// only when the property is first read (its "autoinit" properties, as for its own built-ins),
// and no script can tell the difference. A context that never touches LLMOS.viz never pays for
// its functions. The tables must outlive every context that uses them (static storage). Class
// prototypes, which function lists cannot express, are made lazy with `prototypes` below.
#include <quickjs.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>

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

// A plain object (Object.prototype) holding the `n` entries at `tab`, themselves lazy.
constexpr JSCFunctionListEntry object(const char* name, const JSCFunctionListEntry* tab, std::size_t n,
                                      std::uint8_t flags) {
  JSCFunctionListEntry e{};
  e.name = name;
  e.prop_flags = flags;
  e.def_type = JS_DEF_OBJECT;
  e.u.prop_list = {tab, static_cast<int>(n)};
  return e;
}

template <std::size_t N>
constexpr JSCFunctionListEntry object(const char* name, const JSCFunctionListEntry (&tab)[N],
                                      std::uint8_t flags) {
  return object(name, tab, N, flags);
}

template <std::size_t N>
void define(JSContext* c, JSValueConst obj, const JSCFunctionListEntry (&tab)[N]) {
  JS_SetPropertyFunctionList(c, obj, tab, static_cast<int>(N));
}

// Class prototypes made by `build` when the first instance of the classes `ids` is (the first id
// tells whether that happened): objects only instances reach, so nothing else can tell. False,
// with the exception pending, when the run's memory did not allow them; the prototypes are then
// reset, so that the next attempt builds them again rather than using half of them.
template <typename Build>
bool prototypes(JSContext* c, std::initializer_list<JSClassID> ids, Build&& build) {
  JSValue existing = JS_GetClassProto(c, *ids.begin());
  const bool ready = JS_IsObject(existing);
  JS_FreeValue(c, existing);
  if (ready) return true;
  build();
  if (!JS_HasException(c)) return true;
  for (const JSClassID id : ids) JS_SetClassProto(c, id, JS_NULL);
  return false;
}

// A new class id. Ids are process-wide: each class keeps its own in a magic static
// (`static const JSClassID id = new_class_id();`), allocated once, thread-safely.
inline JSClassID new_class_id() {
  JSClassID id = 0;
  JS_NewClassID(&id);
  return id;
}

// Registers class `id` with the context's runtime unless it is already: called with a class's
// first instance (before `prototypes`), not when the API is installed, because registering a
// runtime's first class of ours grows its class table and the context's prototype table, 1.7 KB
// that every idle context paid. False, with an out-of-memory exception pending, when they
// cannot grow.
inline bool register_class(JSContext* c, JSClassID id, const char* name, JSClassFinalizer* finalizer = nullptr) {
  JSRuntime* rt = JS_GetRuntime(c);
  if (JS_IsRegisteredClass(rt, id)) return true;
  JSClassDef def{};
  def.class_name = name;
  def.finalizer = finalizer;
  if (JS_NewClass(rt, id, &def) == 0) return true;
  JS_ThrowOutOfMemory(c);
  return false;
}

}  // namespace llmos::engine::lazy
