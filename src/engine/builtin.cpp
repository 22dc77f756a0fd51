#include "engine/builtin.hpp"

#include <string>
#include <utility>

#include "engine/context.hpp"

namespace llmos::engine {
namespace {

Value own_getter(JSContext* c, JSValueConst holder, JSAtom key) {
  if (!JS_IsObject(holder)) return Value(c, JS_UNDEFINED);
  JSPropertyDescriptor desc;
  const int own = JS_GetOwnProperty(c, &desc, holder, key);
  if (own <= 0) {
    if (own < 0) Value ignored(c, JS_GetException(c));
    return Value(c, JS_UNDEFINED);
  }
  JS_FreeValue(c, desc.value);
  JS_FreeValue(c, desc.setter);
  return Value(c, desc.getter);
}

// holder[key], or the entry of the method QuickJS would create if it were read.
Builtin capture_own(JSContext* c, JSValueConst holder, JSAtom key) {
  const JSCFunctionListEntry* entry = nullptr;
  if (JS_GetLazyEntry(c, holder, key, &entry) == 1 && entry->def_type == JS_DEF_CFUNC) return Builtin(entry);
  Value v(c, JS_GetProperty(c, holder, key));
  if (v.is_exception()) {
    Value ignored(c, JS_GetException(c));
    return Builtin(Value(c, JS_UNDEFINED));
  }
  return Builtin(std::move(v));
}

// Whether entry makes what the path asks for: a method, or with `get ` an accessor's getter.
bool is_lazy_function(const JSCFunctionListEntry* entry, bool want_getter) {
  if (want_getter) return entry->def_type == JS_DEF_CGETSET || entry->def_type == JS_DEF_CGETSET_MAGIC;
  return entry->def_type == JS_DEF_CFUNC;
}

// The entry called name in the list of an object QuickJS has not created yet, or nullptr.
const JSCFunctionListEntry* list_entry(const JSCFunctionListEntry* object, std::string_view name) {
  for (int i = 0; i < object->u.prop_list.len; ++i)
    if (name == object->u.prop_list.tab[i].name) return &object->u.prop_list.tab[i];
  return nullptr;
}

}  // namespace

// Objects on the way that QuickJS has not created yet (Math, JSON, Reflect) are walked through
// their static entries, since creating one makes its object, shape and an atom per property
// name (4 KB for the three); a path those entries cannot answer is read again with `eager`.
Builtin BuiltinReader::resolve(std::string_view path, bool eager) const {
  JSContext* c = c_;
  const std::string_view whole = path;
  const bool want_getter = path.starts_with("get ");
  if (want_getter) path.remove_prefix(4);
  Value cur = global_;
  const JSCFunctionListEntry* lazy = nullptr;  // when set, cur is that object's holder, not it
  while (!path.empty()) {
    const std::size_t dot = path.find('.');
    const std::string seg(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    if (lazy != nullptr) {
      const JSCFunctionListEntry* e = seg.starts_with("@@") || seg == "<proto>" ? nullptr : list_entry(lazy, seg);
      if (e != nullptr && path.empty() && is_lazy_function(e, want_getter)) return Builtin(e);
      if (e == nullptr || path.empty() || e->def_type != JS_DEF_OBJECT)
        return resolve(whole, true);
      lazy = e;
      continue;
    }
    if (!JS_IsObject(cur.get())) return Builtin(Value(c, JS_UNDEFINED));
    if (seg == "<proto>") {
      cur = Value(c, JS_GetPrototype(c, cur.get()));
      continue;
    }
    JSAtom atom;
    if (seg.starts_with("@@")) {
      Value sym(c, JS_GetPropertyStr(c, symbol_ctor_.get(), seg.c_str() + 2));
      atom = JS_ValueToAtom(c, sym.get());
    } else {
      atom = JS_NewAtomLen(c, seg.data(), seg.size());
    }
    if (atom == JS_ATOM_NULL) {
      Value ignored(c, JS_GetException(c));
      return Builtin(Value(c, JS_UNDEFINED));
    }
    // A root QuickJS creates on first use (Date, the typed arrays) is its original constructor,
    // whatever the global now holds; one the context removed (SharedArrayBuffer) stays removed.
    if (JS_VALUE_GET_PTR(cur.get()) == JS_VALUE_GET_PTR(global_.get()) && JS_GetIntrinsicGroup(c, atom) != 0) {
      for (const char* removed : kRemovedGlobals) {
        if (seg == removed) {
          JS_FreeAtom(c, atom);
          return Builtin(Value(c, JS_UNDEFINED));
        }
      }
      Value ctor(c, JS_GetIntrinsicConstructor(c, atom));
      JS_FreeAtom(c, atom);
      if (ctor.is_exception()) {
        Value ignored(c, JS_GetException(c));
        return Builtin(Value(c, JS_UNDEFINED));
      }
      cur = std::move(ctor);
      continue;
    }
    const JSCFunctionListEntry* e = nullptr;
    if (!eager && JS_GetLazyEntry(c, cur.get(), atom, &e) == 1) {
      if (!path.empty() && e->def_type == JS_DEF_OBJECT) {
        JS_FreeAtom(c, atom);
        lazy = e;
        continue;
      }
      if (path.empty() && is_lazy_function(e, want_getter)) {
        JS_FreeAtom(c, atom);
        return Builtin(e);
      }
    }
    Value next = want_getter && path.empty() ? own_getter(c, cur.get(), atom)
                                             : Value(c, JS_GetProperty(c, cur.get(), atom));
    JS_FreeAtom(c, atom);
    if (next.is_exception()) {
      Value ignored(c, JS_GetException(c));
      return Builtin(Value(c, JS_UNDEFINED));
    }
    cur = std::move(next);
  }
  if (lazy != nullptr) return resolve(whole, true);
  return Builtin(std::move(cur));
}

Value Builtin::make(JSContext* c) const {
  return entry_ != nullptr ? Value(c, JS_NewFunctionFromEntry(c, entry_)) : Value::dup(c, value_.get());
}

bool define_builtin(JSContext* c, JSValueConst obj, const char* name, const Builtin& b) {
  Value v = b.make(c);
  return !v.is_exception() && JS_DefinePropertyValueStr(c, obj, name, v.release(), JS_PROP_ENUMERABLE) >= 0;
}

BuiltinReader::BuiltinReader(JSContext* c)
    : c_(c), global_(c, JS_GetGlobalObject(c)), symbol_ctor_(global_.property("Symbol")) {}

Builtin BuiltinReader::path(std::string_view path) const { return resolve(path, false); }

Builtin BuiltinTable::read(const BuiltinReader& reader, std::size_t index, std::string_view path) {
  std::atomic<const JSCFunctionListEntry*>& known = entries_.at(index);
  if (const JSCFunctionListEntry* e = known.load(std::memory_order_relaxed)) return Builtin(e);
  Builtin b = reader.path(path);
  if (b.entry() != nullptr) known.store(b.entry(), std::memory_order_relaxed);
  return b;
}

int BuiltinReader::group_of(std::string_view path) const {
  if (path.starts_with("get ")) path.remove_prefix(4);
  const std::string_view root = path.substr(0, path.find('.'));
  const JSAtom atom = JS_NewAtomLen(c_, root.data(), root.size());
  if (atom == JS_ATOM_NULL) {
    Value ignored(c_, JS_GetException(c_));
    return 0;
  }
  const int group = JS_GetIntrinsicGroup(c_, atom);
  JS_FreeAtom(c_, atom);
  return group;
}

Builtin BuiltinReader::own(JSValueConst holder, const char* name) const {
  const JSAtom atom = JS_NewAtom(c_, name);
  if (atom == JS_ATOM_NULL) {
    Value ignored(c_, JS_GetException(c_));
    return Builtin(Value(c_, JS_UNDEFINED));
  }
  Builtin b = capture_own(c_, holder, atom);
  JS_FreeAtom(c_, atom);
  return b;
}

}  // namespace llmos::engine
