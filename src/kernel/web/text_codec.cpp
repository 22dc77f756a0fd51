#include "kernel/web/text_codec.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include "common/utf8.hpp"
#include "engine/class_ids.hpp"
#include "engine/context.hpp"
#include "engine/function_list.hpp"

namespace llmos::kernel {

// ---- the decoder (Encoding standard, "UTF-8 decoder") ----

bool Utf8Decoder::error(bool fatal, std::string& out) {
  if (fatal) return false;
  out += "\xEF\xBF\xBD";
  return true;
}

bool Utf8Decoder::decode(std::string_view bytes, bool flush, bool fatal, std::string& out) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto b = static_cast<std::uint8_t>(bytes[i]);
    if (needed_ == 0) {
      ++i;
      if (b <= 0x7F) {
        out += static_cast<char>(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed_ = 1;
        cp_ = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower_ = 0xA0;
        if (b == 0xED) upper_ = 0x9F;
        needed_ = 2;
        cp_ = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower_ = 0x90;
        if (b == 0xF4) upper_ = 0x8F;
        needed_ = 3;
        cp_ = b & 0x7;
      } else if (!error(fatal, out)) {
        return false;
      }
      continue;
    }
    if (b < lower_ || b > upper_) {
      // The sequence ends before this byte, which starts over (it is not consumed).
      reset();
      if (!error(fatal, out)) return false;
      continue;
    }
    ++i;
    lower_ = 0x80;
    upper_ = 0xBF;
    cp_ = (cp_ << 6) | (b & 0x3F);
    if (++seen_ == needed_) {
      utf8::append(out, cp_);
      reset();
    }
  }
  if (flush && needed_ != 0) {
    reset();
    return error(fatal, out);
  }
  return true;
}

namespace {

using engine::Value;

JSClassID encoder_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}
JSClassID decoder_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}

struct DecoderState {
  Utf8Decoder utf8;
  bool fatal = false;
  bool ignore_bom = false;
  bool at_start = true;  // the BOM is dropped only at the start of a stream
};

void decoder_finalizer(JSRuntime*, JSValue v) { delete static_cast<DecoderState*>(JS_GetOpaque(v, decoder_class())); }

// ---- TextEncoder ----

// The string as UTF-8, lone surrogates as U+FFFD (what the standard's "scalar values" are).
std::optional<std::string> scalar_utf8(JSContext* c, JSValueConst v) {
  size_t len = 0;
  const char* s = JS_ToCStringLen(c, &len, v);
  if (!s) return std::nullopt;
  std::string out = utf8::sanitize(std::string_view(s, len));
  JS_FreeCString(c, s);
  return out;
}

JSValue new_uint8_array(JSContext* c, const std::string& bytes) {
  Value buffer(c, JS_NewArrayBufferCopy(c, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  if (buffer.is_exception()) return JS_EXCEPTION;
  // The constructor reads three arguments whatever argc says (byteOffset and length undefined).
  JSValueConst args[] = {buffer.get(), JS_UNDEFINED, JS_UNDEFINED};
  return JS_NewTypedArray(c, 3, const_cast<JSValueConst*>(args), JS_TYPED_ARRAY_UINT8);
}

JSValue js_encode(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  if (!JS_GetOpaque2(c, this_val, encoder_class())) return JS_EXCEPTION;
  if (argc < 1 || JS_IsUndefined(argv[0])) return new_uint8_array(c, "");
  const auto bytes = scalar_utf8(c, argv[0]);
  return bytes ? new_uint8_array(c, *bytes) : JS_EXCEPTION;
}

// encodeInto(source, destination): as many whole characters as fit; {read (UTF-16 units), written}.
JSValue js_encode_into(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  if (!JS_GetOpaque2(c, this_val, encoder_class())) return JS_EXCEPTION;
  const auto bytes = scalar_utf8(c, argc > 0 ? argv[0] : JS_UNDEFINED);
  if (!bytes) return JS_EXCEPTION;
  const JSValueConst dest = argc > 1 ? argv[1] : JS_UNDEFINED;
  if (JS_GetClassID(dest) != engine::class_id::kUint8cArray + 2)  // Uint8Array (after Uint8Clamped, Int8)
    return JS_ThrowTypeError(c, "TextEncoder.encodeInto: the destination must be a Uint8Array");
  size_t offset = 0, length = 0;
  Value buffer(c, JS_GetTypedArrayBuffer(c, dest, &offset, &length, nullptr));
  if (buffer.is_exception()) return JS_EXCEPTION;
  size_t size = 0;
  uint8_t* data = JS_GetArrayBuffer(c, &size, buffer.get());
  if (!data && length > 0) return JS_EXCEPTION;
  std::size_t read = 0, written = 0;
  for (std::size_t i = 0; i < bytes->size();) {
    const auto lead = static_cast<unsigned char>((*bytes)[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (written + n > length) break;
    std::copy_n(bytes->data() + i, n, data + offset + written);
    written += n;
    read += n == 4 ? 2 : 1;
    i += n;
  }
  Value result(c, JS_NewObject(c));
  if (result.is_exception() ||
      JS_DefinePropertyValueStr(c, result.get(), "read", JS_NewInt64(c, static_cast<int64_t>(read)), JS_PROP_C_W_E) < 0 ||
      JS_DefinePropertyValueStr(c, result.get(), "written", JS_NewInt64(c, static_cast<int64_t>(written)), JS_PROP_C_W_E) < 0)
    return JS_EXCEPTION;
  return result.release();
}

// ---- TextDecoder ----

enum DecoderProp { kEncoding, kFatal, kIgnoreBom };

JSValue js_decoder_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int magic) {
  if (magic == kEncoding && JS_GetOpaque(this_val, encoder_class())) return JS_NewString(c, "utf-8");
  auto* st = static_cast<DecoderState*>(JS_GetOpaque2(c, this_val, decoder_class()));
  if (!st) return JS_EXCEPTION;
  switch (magic) {
    case kEncoding: return JS_NewString(c, "utf-8");
    case kFatal: return JS_NewBool(c, st->fatal);
    default: return JS_NewBool(c, st->ignore_bom);
  }
}

// The bytes of a BufferSource (an ArrayBuffer, a typed array or a DataView).
bool buffer_source(JSContext* c, JSValueConst v, std::string_view& out) {
  size_t size = 0;
  const JSClassID id = JS_GetClassID(v);
  if (id == engine::class_id::kArrayBuffer) {
    uint8_t* data = JS_GetArrayBuffer(c, &size, v);
    if (!data && size > 0) return false;
    out = std::string_view(reinterpret_cast<const char*>(data), size);
    return true;
  }
  if (id == engine::class_id::kDataView) {
    // QuickJS offers no C accessor for a DataView: its own getters, checked against the buffer
    // (a replaced getter can only mislead the artifact's own call).
    Value buffer(c, JS_GetPropertyStr(c, v, "buffer"));
    Value off(c, JS_GetPropertyStr(c, v, "byteOffset"));
    Value len(c, JS_GetPropertyStr(c, v, "byteLength"));
    int64_t offset = 0, length = 0;
    if (buffer.is_exception() || off.is_exception() || len.is_exception() || JS_ToInt64(c, &offset, off.get()) < 0 ||
        JS_ToInt64(c, &length, len.get()) < 0)
      return false;
    uint8_t* data = JS_GetArrayBuffer(c, &size, buffer.get());
    if (!data && JS_HasException(c)) return false;
    if (offset < 0 || length < 0 || static_cast<uint64_t>(offset) + static_cast<uint64_t>(length) > size) {
      JS_ThrowRangeError(c, "TextDecoder.decode: the DataView does not fit in its buffer");
      return false;
    }
    out = std::string_view(reinterpret_cast<const char*>(data) + offset, static_cast<size_t>(length));
    return true;
  }
  if (engine::class_id::is_typed_array(id)) {
    size_t offset = 0, length = 0;
    Value buffer(c, JS_GetTypedArrayBuffer(c, v, &offset, &length, nullptr));
    if (buffer.is_exception()) return false;
    uint8_t* data = JS_GetArrayBuffer(c, &size, buffer.get());
    if (!data && length > 0) return false;
    out = std::string_view(reinterpret_cast<const char*>(data) + offset, length);
    return true;
  }
  JS_ThrowTypeError(c, "TextDecoder.decode: the input must be an ArrayBuffer, a typed array or a DataView");
  return false;
}

bool bool_option(JSContext* c, JSValueConst options, const char* name, bool& out) {
  if (!JS_IsObject(options)) return true;
  Value v(c, JS_GetPropertyStr(c, options, name));
  if (v.is_exception()) return false;
  out = JS_ToBool(c, v.get()) > 0;
  return true;
}

JSValue js_decode(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  auto* st = static_cast<DecoderState*>(JS_GetOpaque2(c, this_val, decoder_class()));
  if (!st) return JS_EXCEPTION;
  std::string_view bytes;
  if (argc > 0 && !JS_IsUndefined(argv[0]) && !buffer_source(c, argv[0], bytes)) return JS_EXCEPTION;
  bool stream = false;
  if (!bool_option(c, argc > 1 ? argv[1] : JS_UNDEFINED, "stream", stream)) return JS_EXCEPTION;
  std::string text;
  text.reserve(bytes.size());
  if (!st->utf8.decode(bytes, !stream, st->fatal, text)) {
    st->utf8.reset();
    st->at_start = true;
    return JS_ThrowTypeError(c, "TextDecoder.decode: the encoded data was not valid utf-8");
  }
  std::size_t from = 0;
  if (st->at_start && !text.empty()) {
    if (!st->ignore_bom && text.compare(0, 3, "\xEF\xBB\xBF") == 0) from = 3;
    st->at_start = false;
  }
  if (!stream) st->at_start = true;
  return JS_NewStringLen(c, text.data() + from, text.size() - from);
}

// ---- constructors ----

void define_getter(JSContext* c, JSValueConst obj, const char* name, int magic) {
  JSAtom atom = JS_NewAtom(c, name);
  JS_DefinePropertyGetSet(c, obj, atom, JS_NewCFunctionMagic(c, &js_decoder_get, name, 0, JS_CFUNC_generic_magic, magic),
                          JS_UNDEFINED, JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  JS_FreeAtom(c, atom);
}

void build_prototypes(JSContext* c) {
  const engine::Context& ctx = engine::Context::from(c);
  Value encoder = ctx.new_object();
  ctx.define_function(encoder.get(), "encode", &js_encode, 0);
  ctx.define_function(encoder.get(), "encodeInto", &js_encode_into, 2);
  define_getter(c, encoder.get(), "encoding", kEncoding);
  JS_SetClassProto(c, encoder_class(), encoder.release());
  Value decoder = ctx.new_object();
  ctx.define_function(decoder.get(), "decode", &js_decode, 0);
  for (const auto& [name, magic] : {std::pair{"encoding", kEncoding}, {"fatal", kFatal}, {"ignoreBOM", kIgnoreBom}})
    define_getter(c, decoder.get(), name, magic);
  JS_SetClassProto(c, decoder_class(), decoder.release());
}

// The new instance of class `id`: its prototype is built with the first one and becomes the
// constructor's `prototype` (the constructor is a lazily made global, without one until then).
JSValue new_instance(JSContext* c, JSValueConst new_target, JSClassID id) {
  if (!engine::lazy::register_class(c, encoder_class(), "TextEncoder") ||
      !engine::lazy::register_class(c, decoder_class(), "TextDecoder", &decoder_finalizer) ||
      !engine::lazy::prototypes(c, {encoder_class(), decoder_class()}, [&] { build_prototypes(c); }))
    return JS_EXCEPTION;
  Value proto(c, JS_GetClassProto(c, id));
  Value target_proto(c, JS_GetPropertyStr(c, new_target, "prototype"));
  if (target_proto.is_exception()) return JS_EXCEPTION;
  if (!JS_IsObject(target_proto.get())) {
    if (JS_DefinePropertyValueStr(c, new_target, "prototype", JS_DupValue(c, proto.get()), 0) < 0 ||
        JS_DefinePropertyValueStr(c, proto.get(), "constructor", JS_DupValue(c, new_target),
                                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE) < 0)
      return JS_EXCEPTION;
    target_proto = proto;
  }
  return JS_NewObjectProtoClass(c, target_proto.get(), id);
}

}  // namespace

JSValue js_text_encoder(JSContext* c, JSValueConst new_target, int, JSValueConst*) {
  Value obj(c, new_instance(c, new_target, encoder_class()));
  if (obj.is_exception()) return JS_EXCEPTION;
  JS_SetOpaque(obj.get(), reinterpret_cast<void*>(std::uintptr_t{1}));  // a brand: there is no state
  return obj.release();
}

JSValue js_text_decoder(JSContext* c, JSValueConst new_target, int argc, JSValueConst* argv) {
  std::string label = "utf-8";
  if (argc > 0 && !JS_IsUndefined(argv[0])) {
    const char* s = JS_ToCString(c, argv[0]);
    if (!s) return JS_EXCEPTION;
    label = s;
    JS_FreeCString(c, s);
  }
  std::string norm;
  for (const char ch : label) norm += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r'; };
  while (!norm.empty() && space(norm.back())) norm.pop_back();
  norm.erase(0, std::min(norm.size(), static_cast<std::size_t>(std::find_if_not(norm.begin(), norm.end(), space) - norm.begin())));
  if (norm != "utf-8" && norm != "utf8" && norm != "unicode-1-1-utf-8" && norm != "unicode11utf8" &&
      norm != "unicode20utf8" && norm != "x-unicode20utf8")
    return JS_ThrowRangeError(c, "TextDecoder: the encoding '%s' is not supported (only utf-8 is)", label.c_str());
  auto st = std::make_unique<DecoderState>();
  const JSValueConst options = argc > 1 ? argv[1] : JS_UNDEFINED;
  if (!bool_option(c, options, "fatal", st->fatal) || !bool_option(c, options, "ignoreBOM", st->ignore_bom))
    return JS_EXCEPTION;
  Value obj(c, new_instance(c, new_target, decoder_class()));
  if (obj.is_exception()) return JS_EXCEPTION;
  JS_SetOpaque(obj.get(), st.release());
  return obj.release();
}

}  // namespace llmos::kernel
