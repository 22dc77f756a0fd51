#include "kernel/web/structured_clone.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/class_ids.hpp"
#include "kernel/web/dom_exception.hpp"

namespace llmos::kernel {
namespace {

using engine::Value;
namespace cls = engine::class_id;

// The C stack the copy may use below its entry (what JavaScript recursion may use is the
// runtime's limit, 4 MB, of the thread's 8): past it the copy stops with a RangeError.
constexpr std::ptrdiff_t kMaxStackBytes = std::ptrdiff_t{1} << 20;

JSValue throw_data_clone_error(JSContext* c, const std::string& what) {
  return throw_dom_exception(c, "DataCloneError", "structuredClone: " + what + " could not be cloned");
}

class Cloner {
 public:
  Cloner(JSContext* c, const CloneBuiltins& b, const char* base) : c_(c), b_(b), base_(base) {}

  Value clone(JSValueConst v, int depth) {
    if (JS_IsSymbol(v)) return fail("a symbol");
    if (!JS_IsObject(v)) return Value::dup(c_, v);
    void* const key = JS_VALUE_GET_PTR(v);
    if (auto it = memo_.find(key); it != memo_.end()) return Value::dup(c_, it->second);
    const char here = 0;
    if (static_cast<std::ptrdiff_t>(reinterpret_cast<std::uintptr_t>(base_) - reinterpret_cast<std::uintptr_t>(&here)) >
        kMaxStackBytes)
      return Value(c_, JS_ThrowRangeError(c_, "structuredClone: the value is nested too deeply (%d levels)", depth));
    if (JS_IsFunction(c_, v)) return fail("a function");
    const JSClassID id = JS_GetClassID(v);
    switch (id) {
      case cls::kObject:
      case cls::kArguments:
      case cls::kMappedArguments: return copy_properties(v, Value(c_, JS_NewObject(c_)), depth);
      case cls::kArray: {
        Value out(c_, JS_NewArray(c_));
        if (out.is_exception()) return out;
        Value len(c_, JS_GetPropertyStr(c_, v, "length"));
        if (len.is_exception() || JS_SetPropertyStr(c_, out.get(), "length", len.release()) < 0) return Value(c_, JS_EXCEPTION);
        return copy_properties(v, std::move(out), depth);
      }
      case cls::kMap:
      case cls::kSet: return copy_collection(v, id == cls::kSet, depth);
      case cls::kRegExp: return copy_regexp(v);
      case cls::kError: return copy_error(v, depth);
      case cls::kDate:
      case cls::kNumber:
      case cls::kString:
      case cls::kBoolean:
      case cls::kBigInt:
      case cls::kArrayBuffer: return copy_serialized(v);
      default:
        if (cls::is_typed_array(id)) return copy_serialized(v);
        return fail(id == cls::kPromise ? "a Promise"
                    : id == cls::kWeakMap || id == cls::kWeakSet ? "a weak collection"
                    : id == cls::kProxy ? "a Proxy"
                    : id == cls::kDataView ? "a DataView"
                                           : "an object of this kind (a host or exotic object)");
    }
  }

 private:
  Value fail(const std::string& what) { return Value(c_, throw_data_clone_error(c_, what)); }

  bool remember(JSValueConst original, const Value& copy) {
    memo_.emplace(JS_VALUE_GET_PTR(original), copy.get());
    held_.push_back(copy);
    // The original too: one a getter made is otherwise freed after its copy, and a later one
    // could get its address (and so its copy).
    held_.push_back(Value::dup(c_, original));
    return true;
  }

  // Own enumerable string-keyed properties, read with their getters, as the standard does.
  Value copy_properties(JSValueConst v, Value out, int depth) {
    if (out.is_exception()) return out;
    remember(v, out);
    JSPropertyEnum* tab = nullptr;
    uint32_t len = 0;
    if (JS_GetOwnPropertyNames(c_, &tab, &len, v, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) return Value(c_, JS_EXCEPTION);
    bool ok = true;
    for (uint32_t i = 0; i < len && ok; ++i) {
      Value item(c_, JS_GetProperty(c_, v, tab[i].atom));
      if (item.is_exception()) {
        ok = false;
        break;
      }
      Value copy = clone(item.get(), depth + 1);
      ok = !copy.is_exception() &&
           JS_DefinePropertyValue(c_, out.get(), JS_DupAtom(c_, tab[i].atom), copy.release(), JS_PROP_C_W_E) >= 0;
    }
    for (uint32_t i = 0; i < len; ++i) JS_FreeAtom(c_, tab[i].atom);
    js_free(c_, tab);
    return ok ? std::move(out) : Value(c_, JS_EXCEPTION);
  }

  Value copy_collection(JSValueConst v, bool is_set, int depth) {
    Value ctor = (is_set ? b_.set_ctor : b_.map_ctor).make(c_);
    Value add = (is_set ? b_.set_add : b_.map_set).make(c_);
    if (ctor.is_exception() || add.is_exception()) return Value(c_, JS_EXCEPTION);
    Value out(c_, JS_CallConstructor(c_, ctor.get(), 0, nullptr));
    if (out.is_exception()) return out;
    remember(v, out);
    std::vector<std::pair<Value, Value>> entries;
    if (!engine::Context::from(c_).collection_entries(v, is_set, entries)) return Value(c_, JS_EXCEPTION);
    for (auto& [k, val] : entries) {
      Value ck = clone(k.get(), depth + 1);
      if (ck.is_exception()) return ck;
      Value cv = is_set ? Value(c_, JS_UNDEFINED) : clone(val.get(), depth + 1);
      if (cv.is_exception()) return cv;
      JSValueConst args[2] = {ck.get(), cv.get()};
      Value added(c_, JS_Call(c_, add.get(), out.get(), is_set ? 1 : 2, args));
      if (added.is_exception()) return added;
    }
    return out;
  }

  Value copy_regexp(JSValueConst v) {
    // "/source/flags" from the original RegExp.prototype.toString.
    Value text(c_, JS_Call(c_, engine::Context::from(c_).intrinsics().regexp_to_string.get(), v, 0, nullptr));
    if (text.is_exception()) return text;
    const char* s = JS_ToCString(c_, text.get());
    if (!s) return Value(c_, JS_EXCEPTION);
    std::string all = s;
    JS_FreeCString(c_, s);
    const auto slash = all.rfind('/');
    if (all.size() < 2 || slash == 0 || slash == std::string::npos) return fail("a RegExp");
    Value source(c_, JS_NewStringLen(c_, all.data() + 1, slash - 1));
    Value flags(c_, JS_NewStringLen(c_, all.data() + slash + 1, all.size() - slash - 1));
    Value ctor = b_.regexp_ctor.make(c_);
    if (ctor.is_exception()) return ctor;
    JSValueConst args[2] = {source.get(), flags.get()};
    Value out(c_, JS_CallConstructor(c_, ctor.get(), 2, args));
    if (!out.is_exception()) remember(v, out);
    return out;
  }

  // An Error of the same name (the standard's list, else Error) with its message, stack and cause.
  Value copy_error(JSValueConst v, int depth) {
    Value out(c_, JS_NewError(c_));
    if (out.is_exception()) return out;
    remember(v, out);
    for (const char* name : {"name", "message", "stack", "cause"}) {
      JSAtom atom = JS_NewAtom(c_, name);
      const int has = JS_HasProperty(c_, v, atom);
      if (has > 0) {
        Value item(c_, JS_GetProperty(c_, v, atom));
        Value copy = item.is_exception() ? std::move(item) : clone(item.get(), depth + 1);
        if (copy.is_exception() ||
            JS_DefinePropertyValue(c_, out.get(), atom, copy.release(), JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE) < 0)
          return Value(c_, JS_EXCEPTION);
      } else {
        JS_FreeAtom(c_, atom);
        if (has < 0) return Value(c_, JS_EXCEPTION);
      }
    }
    return out;
  }

  // Dates, boxed primitives, array buffers and typed arrays: QuickJS's own serializer copies
  // their internal data exactly (the time value, the bytes).
  Value copy_serialized(JSValueConst v) {
    size_t size = 0;
    uint8_t* buf = JS_WriteObject(c_, &size, v, 0);
    if (!buf) return Value(c_, JS_EXCEPTION);
    Value out(c_, JS_ReadObject(c_, buf, size, 0));
    js_free(c_, buf);
    if (!out.is_exception()) remember(v, out);
    return out;
  }

  JSContext* c_;
  const CloneBuiltins& b_;
  const char* base_;  // the stack where the copy began
  std::unordered_map<void*, JSValue> memo_;  // original → its copy (held in held_)
  std::vector<Value> held_;  // the copies and their originals, alive while memo_ names them
};

}  // namespace

CloneBuiltins capture_clone_builtins(JSContext* c) {
  engine::BuiltinReader read(c);
  return CloneBuiltins{read.path("Map"), read.path("Map.prototype.set"), read.path("Set"), read.path("Set.prototype.add"),
                       read.path("RegExp")};
}

JSValue structured_clone(JSContext* c, const CloneBuiltins& builtins, JSValueConst value) {
  const char base = 0;
  Cloner cloner(c, builtins, &base);
  return cloner.clone(value, 0).release();
}

}  // namespace llmos::kernel
