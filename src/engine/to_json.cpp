#include "engine/to_json.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "common/json_writer.hpp"
#include "common/utf8.hpp"
#include "engine/class_ids.hpp"

namespace llmos::engine {
namespace {

class Converter {
 public:
  Converter(Context& ctx, const Limits& limits)
      : ctx_(ctx), c_(ctx.get()), limits_(limits), deadline_(ctx.runtime().deadline()) {}

  JsonConversion run(JSValueConst v) {
    JsonConversion r;
    if (!convert(v, JS_UNDEFINED, 0)) {
      r.status = timed_out_ ? JsonConversion::Status::kTimeout : JsonConversion::Status::kException;
      return r;
    }
    if (over_budget_ || out_.size() > limits_.max_output_bytes) {
      // Keep what fits, as a string, so the output stays valid JSON.
      std::string cut = out_.substr(0, utf8::safe_prefix(out_, limits_.max_output_bytes));
      out_.clear();
      json::append_string(out_, cut);
      truncated_ = true;
    }
    r.json = std::move(out_);
    r.truncated = truncated_;
    return r;
  }

 private:
  // Writes `v`. Returns false when a JavaScript exception is pending or time ran out.
  bool convert(JSValueConst v, JSValueConst key, int depth);

  bool tick() {
    if ((++nodes_ & 1023) == 0 && deadline_.check()) {
      timed_out_ = true;
      return false;
    }
    if (out_.size() > limits_.max_output_bytes) over_budget_ = true;
    return true;
  }

  bool write_string_value(JSValueConst v) {
    CString s(c_, v);
    if (!s.ok()) return false;
    json::append_string(out_, s.view());
    return true;
  }

  bool convert_object(JSValueConst v, int depth);
  bool convert_array_like(JSValueConst v, int depth);
  bool convert_map(JSValueConst v, int depth, bool is_set);
  bool write_function_name(JSValueConst v);

  Context& ctx_;
  JSContext* c_;
  const Limits& limits_;
  Deadline& deadline_;
  std::string out_;
  std::vector<void*> ancestors_;
  std::size_t nodes_ = 0;
  bool timed_out_ = false;
  bool truncated_ = false;
  bool over_budget_ = false;
};

bool Converter::write_function_name(JSValueConst v) {
  Value name(c_, JS_GetPropertyStr(c_, v, "name"));
  if (name.is_exception()) return false;
  std::string text = "[Function";
  if (JS_IsString(name.get())) {
    CString s(c_, name.get());
    if (!s.ok()) return false;
    if (s.view().empty()) {
      text += " (anonymous)";
    } else {
      text += ' ';
      text += s.view();
    }
  } else {
    text += " (anonymous)";
  }
  text += ']';
  json::append_string(out_, text);
  return true;
}

bool Converter::convert(JSValueConst v, JSValueConst key, int depth) {
  if (!tick()) return false;
  if (over_budget_) {
    out_ += "null";
    return true;
  }
  const int tag = JS_VALUE_GET_NORM_TAG(v);
  switch (tag) {
    case JS_TAG_UNDEFINED:
    case JS_TAG_NULL:
    case JS_TAG_UNINITIALIZED:
      out_ += "null";
      return true;
    case JS_TAG_BOOL:
      out_ += JS_VALUE_GET_BOOL(v) ? "true" : "false";
      return true;
    case JS_TAG_INT:
      json::append_int(out_, JS_VALUE_GET_INT(v));
      return true;
    case JS_TAG_FLOAT64:
      json::append_number(out_, JS_VALUE_GET_FLOAT64(v));
      return true;
    case JS_TAG_STRING:
      return write_string_value(v);
    case JS_TAG_BIG_INT:
    case JS_TAG_SHORT_BIG_INT:
      return write_string_value(v);
    case JS_TAG_SYMBOL: {
      Value desc(c_, JS_GetPropertyStr(c_, v, "description"));
      if (desc.is_exception()) return false;
      std::string text = "Symbol(";
      if (JS_IsString(desc.get())) {
        CString s(c_, desc.get());
        if (!s.ok()) return false;
        text += s.view();
      }
      text += ')';
      json::append_string(out_, text);
      return true;
    }
    case JS_TAG_OBJECT:
      break;
    default:
      out_ += "null";
      return true;
  }

  void* ptr = JS_VALUE_GET_PTR(v);
  for (void* a : ancestors_) {
    if (a == ptr) {
      out_ += "\"[Circular]\"";
      return true;
    }
  }
  if (JS_IsFunction(c_, v)) return write_function_name(v);
  if (depth >= limits_.max_json_depth) {
    truncated_ = true;
    json::append_string(out_, "[Truncated: nested deeper than " +
                                  std::to_string(limits_.max_json_depth) + " levels]");
    return true;
  }

  const JSClassID cls = JS_GetClassID(v);
  if (cls == class_id::kDate) {
    Value iso(c_, JS_Call(c_, ctx_.intrinsics().date_to_iso.get(), v, 0, nullptr));
    // An invalid date has no ISO form: null, as JSON.stringify gives.
    if (iso.is_exception()) {
      if (deadline_.expired()) return false;  // the interrupt, not a RangeError: keep it pending
      Value ignored(c_, JS_GetException(c_));
      out_ += "null";
      return true;
    }
    if (!JS_IsString(iso.get())) {
      out_ += "null";
      return true;
    }
    return write_string_value(iso.get());
  }
  if (cls == class_id::kNumber || cls == class_id::kString || cls == class_id::kBoolean ||
      cls == class_id::kBigInt) {
    // Boxed primitives unwrap, as JSON.stringify does.
    Value prim;
    if (cls == class_id::kString || cls == class_id::kBigInt) {
      prim = Value(c_, JS_ToString(c_, v));
    } else if (cls == class_id::kBoolean) {
      prim = Value(c_, JS_Call(c_, ctx_.intrinsics().boolean_value_of.get(), v, 0, nullptr));
    } else {
      double d = 0;
      if (JS_ToFloat64(c_, &d, v) < 0) return false;
      prim = Value(c_, JS_NewFloat64(c_, d));
    }
    if (prim.is_exception()) return false;
    return convert(prim.get(), key, depth);
  }

  // A toJSON method wins, as in JSON.stringify.
  if (cls != class_id::kProxy) {
    Value to_json_fn(c_, JS_GetPropertyStr(c_, v, "toJSON"));
    if (to_json_fn.is_exception()) return false;
    if (JS_IsFunction(c_, to_json_fn.get())) {
      Value k = JS_IsUndefined(key) ? Value(c_, JS_NewString(c_, "")) : Value::dup(c_, key);
      JSValueConst arg = k.get();
      Value replaced(c_, JS_Call(c_, to_json_fn.get(), v, 1, &arg));
      if (replaced.is_exception()) return false;
      ancestors_.push_back(ptr);
      const bool ok = convert(replaced.get(), key, depth + 1);
      ancestors_.pop_back();
      return ok;
    }
  }

  ancestors_.push_back(ptr);
  bool ok;
  if (cls == class_id::kMap || cls == class_id::kSet) {
    ok = convert_map(v, depth, cls == class_id::kSet);
  } else if (cls == class_id::kRegExp) {
    Value s(c_, JS_Call(c_, ctx_.intrinsics().regexp_to_string.get(), v, 0, nullptr));
    ok = !s.is_exception() && write_string_value(s.get());
  } else if (cls == class_id::kPromise) {
    json::append_string(out_, "[Promise]");
    ok = true;
  } else if (cls == class_id::kArrayBuffer) {
    size_t size = 0;
    uint8_t* bytes = JS_GetArrayBuffer(c_, &size, v);
    out_ += '[';
    for (size_t i = 0; bytes && i < size && !over_budget_; ++i) {
      if (i) out_ += ',';
      json::append_int(out_, bytes[i]);
      if ((i & 4095) == 0 && !tick()) return false;
    }
    out_ += ']';
    ok = true;
  } else if (class_id::is_typed_array(cls) || JS_IsArray(c_, v) == 1 ||
             cls == class_id::kArguments || cls == class_id::kMappedArguments) {
    ok = convert_array_like(v, depth);
  } else {
    ok = convert_object(v, depth);
  }
  ancestors_.pop_back();
  return ok;
}

bool Converter::convert_array_like(JSValueConst v, int depth) {
  Value len_v(c_, JS_GetPropertyStr(c_, v, "length"));
  if (len_v.is_exception()) return false;
  int64_t len = 0;
  if (JS_ToInt64(c_, &len, len_v.get()) < 0) return false;
  len = std::min<int64_t>(len, 0xFFFFFFFFLL);  // the longest array length there can be
  out_ += '[';
  for (int64_t i = 0; i < len; ++i) {
    if (over_budget_) {
      truncated_ = true;
      break;
    }
    if (i) out_ += ',';
    Value item(c_, JS_GetPropertyUint32(c_, v, static_cast<uint32_t>(i)));
    if (item.is_exception()) return false;
    Value key(c_, JS_NewInt64(c_, i));
    if (!convert(item.get(), key.get(), depth + 1)) return false;
  }
  out_ += ']';
  return true;
}

bool Converter::convert_object(JSValueConst v, int depth) {
  JSPropertyEnum* tab = nullptr;
  uint32_t len = 0;
  const bool proxy = JS_GetClassID(v) == class_id::kProxy;
  // Proxies report enumerability through their getOwnPropertyDescriptor trap, asked below.
  const int flags = JS_GPN_STRING_MASK | (proxy ? 0 : JS_GPN_ENUM_ONLY);
  if (JS_GetOwnPropertyNames(c_, &tab, &len, v, flags) < 0) return false;
  struct Atoms {
    JSContext* c;
    JSPropertyEnum* tab;
    uint32_t len;
    ~Atoms() {
      for (uint32_t i = 0; i < len; ++i) JS_FreeAtom(c, tab[i].atom);
      js_free(c, tab);
    }
  } guard{c_, tab, len};

  out_ += '{';
  bool first = true;
  // Errors carry name and message on the prototype or as non-enumerable own properties; a person
  // reading the output wants them.
  if (JS_IsError(c_, v)) {
    for (const char* field : {"name", "message"}) {
      Value f(c_, JS_GetPropertyStr(c_, v, field));
      if (f.is_exception()) return false;
      if (!first) out_ += ',';
      first = false;
      json::append_string(out_, field);
      out_ += ':';
      if (!convert(f.get(), JS_UNDEFINED, depth + 1)) return false;
    }
  }
  for (uint32_t i = 0; i < len; ++i) {
    if (over_budget_) {
      truncated_ = true;
      break;
    }
    if (proxy) {
      JSPropertyDescriptor desc;
      const int has = JS_GetOwnProperty(c_, &desc, v, tab[i].atom);
      if (has < 0) return false;
      if (has == 0) continue;
      JS_FreeValue(c_, desc.value);
      JS_FreeValue(c_, desc.getter);
      JS_FreeValue(c_, desc.setter);
      if (!(desc.flags & JS_PROP_ENUMERABLE)) continue;
    }
    Value item(c_, JS_GetProperty(c_, v, tab[i].atom));
    if (item.is_exception()) return false;
    Value key(c_, JS_AtomToString(c_, tab[i].atom));
    if (key.is_exception()) return false;
    CString k(c_, key.get());
    if (!k.ok()) return false;
    if (!first) out_ += ',';
    first = false;
    json::append_string(out_, k.view());
    out_ += ':';
    if (!convert(item.get(), key.get(), depth + 1)) return false;
  }
  out_ += '}';
  return true;
}

bool Converter::convert_map(JSValueConst v, int depth, bool is_set) {
  std::vector<std::pair<Value, Value>> entries;  // (key, value); for a Set both are the item
  if (!ctx_.collection_entries(v, is_set, entries)) return false;

  // A Map becomes an object keyed by its keys' text when that loses nothing: every key a
  // primitive and no two with the same text (1 and "1", or two objects, would collapse into one
  // JSON key). Otherwise it becomes its entries, [[key, value], ...], each key converted as a value.
  std::vector<std::string> key_texts;
  bool as_object = false;
  if (!is_set) {
    as_object = true;
    key_texts.reserve(entries.size());
    for (const auto& [k, val] : entries) {
      if (JS_IsObject(k.get())) {
        as_object = false;
        break;
      }
      std::string key_text;
      if (JS_IsSymbol(k.get())) {
        key_text = "Symbol(";
        Value desc = k.property("description");
        if (JS_IsString(desc.get())) {
          CString d(c_, desc.get());
          key_text += d.view();
        }
        key_text += ')';
      } else {
        Value ks(c_, JS_ToString(c_, k.get()));
        if (ks.is_exception()) return false;
        CString s(c_, ks.get());
        if (!s.ok()) return false;
        key_text = s.view();
      }
      key_texts.push_back(std::move(key_text));
    }
    if (as_object) {
      std::vector<std::string_view> sorted(key_texts.begin(), key_texts.end());
      std::sort(sorted.begin(), sorted.end());
      as_object = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
    }
  }

  out_ += as_object ? '{' : '[';
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (over_budget_) {
      truncated_ = true;
      break;
    }
    if (i) out_ += ',';
    const auto& [k, val] = entries[i];
    if (is_set) {
      if (!convert(val.get(), JS_UNDEFINED, depth + 1)) return false;
    } else if (as_object) {
      json::append_string(out_, key_texts[i]);
      out_ += ':';
      if (!convert(val.get(), k.get(), depth + 1)) return false;
    } else {
      out_ += '[';
      if (!convert(k.get(), JS_UNDEFINED, depth + 1)) return false;
      out_ += ',';
      if (!convert(val.get(), k.get(), depth + 1)) return false;
      out_ += ']';
    }
  }
  out_ += as_object ? '}' : ']';
  return true;
}

}  // namespace

JsonConversion to_json(Context& ctx, JSValueConst value, const Limits& limits) {
  return Converter(ctx, limits).run(value);
}

}  // namespace llmos::engine
