#include "kernel/log/log_bindings.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/check.hpp"
#include "engine/builtin.hpp"
#include "engine/class_ids.hpp"
#include "engine/function_list.hpp"
#include "kernel/embedded_js.hpp"
#include "kernel/kernel_state.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Builtin;
using engine::Value;

// console and LLMOS.log are natives in front of the JavaScript half (inspect.js + console.js):
// plain console.log('text', 42) is formatted natively, and the JavaScript half is read into the
// context only when a call first needs it. A context that never logs an object therefore holds
// only the built-ins captured for it (kPrimordials), not the ~75 KB and ~100 µs that reading and
// running the two factories costs: most artifacts never pay it, and pooled contexts stay small.
enum Method : int {
  kLog, kInfo, kDebug, kWarn, kError,  // console, with a native fast path
  kLogInfo, kLogWarn, kLogError,       // LLMOS.log
  kTrace, kAssert, kDir, kTable, kCount, kCountReset, kTime, kTimeLog, kTimeEnd,
  kGroup, kGroupCollapsed, kGroupEnd,  // console, always in JavaScript
  kMethodCount
};

struct MethodInfo {
  const char* name;
  int length;
  bool on_llmos_log;
  engine::Stream stream;
};

constexpr std::array<MethodInfo, kMethodCount> kMethods = {{
    {"log", 0, false, engine::Stream::kLog},      {"info", 0, false, engine::Stream::kLog},
    {"debug", 0, false, engine::Stream::kLog},    {"warn", 0, false, engine::Stream::kStderr},
    {"error", 0, false, engine::Stream::kStderr}, {"info", 1, true, engine::Stream::kLog},
    {"warn", 1, true, engine::Stream::kStderr},   {"error", 1, true, engine::Stream::kStderr},
    {"trace", 0, false, {}},      {"assert", 0, false, {}},  {"dir", 0, false, {}},
    {"table", 1, false, {}},      {"count", 0, false, {}},   {"countReset", 0, false, {}},
    {"time", 0, false, {}},       {"timeLog", 0, false, {}}, {"timeEnd", 0, false, {}},
    {"group", 0, false, {}},      {"groupCollapsed", 0, false, {}}, {"groupEnd", 0, false, {}},
}};

// print(stream, text): the one native entry point of console.js.
JSValue js_print(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  int32_t stream = 0;
  if (argc < 2 || JS_ToInt32(c, &stream, argv[0]) < 0) return JS_EXCEPTION;
  CString text(c, argv[1]);
  if (!text.ok()) return JS_EXCEPTION;
  engine::Context::from(c).output().write(stream == 0 ? engine::Stream::kLog : engine::Stream::kStderr,
                                          std::string(text.view()));
  return JS_UNDEFINED;
}

JSValue js_now(JSContext* c, JSValueConst, int, JSValueConst*) {
  const auto t = std::chrono::steady_clock::now().time_since_epoch();
  return JS_NewFloat64(c, std::chrono::duration<double, std::milli>(t).count());
}

Value call_factory(engine::Context& ctx, const engine::EmbeddedScript& script,
                   std::initializer_list<JSValueConst> args) {
  Value factory = ctx.run_embedded(script);
  if (factory.is_exception()) return factory;
  return Value(ctx.get(), JS_Call(ctx.get(), factory.get(), JS_UNDEFINED, static_cast<int>(args.size()),
                                  const_cast<JSValueConst*>(args.begin())));
}

// Hooks that let inspect.js see what JavaScript cannot: a promise's state and a proxy's target
// and handler (so a proxy is shown without running its traps, as Node does).
JSValue js_promise_state(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || JS_GetClassID(argv[0]) != engine::class_id::kPromise) return JS_UNDEFINED;
  const JSPromiseStateEnum state = JS_PromiseState(c, argv[0]);
  Value pair(c, JS_NewArray(c));
  JS_DefinePropertyValueUint32(c, pair.get(), 0, JS_NewInt32(c, static_cast<int>(state)), JS_PROP_C_W_E);
  JS_DefinePropertyValueUint32(c, pair.get(), 1,
                               state == JS_PROMISE_PENDING ? JS_UNDEFINED : JS_PromiseResult(c, argv[0]),
                               JS_PROP_C_W_E);
  return pair.release();
}

// The layout of QuickJS's internal JSProxyData in the pinned release 2025-04-26
// (tests/unit/kernel/console_test.cpp checks it through the hook).
struct QuickJSProxyData {
  JSValue target;
  JSValue handler;
  uint8_t is_func;
  uint8_t is_revoked;
};

JSValue js_proxy_details(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1 || JS_GetClassID(argv[0]) != engine::class_id::kProxy) return JS_UNDEFINED;
  auto* data = static_cast<QuickJSProxyData*>(JS_GetOpaque(argv[0], engine::class_id::kProxy));
  Value pair(c, JS_NewArray(c));
  const bool live = data != nullptr && !data->is_revoked;
  JS_DefinePropertyValueUint32(c, pair.get(), 0, live ? JS_DupValue(c, data->target) : JS_NULL, JS_PROP_C_W_E);
  JS_DefinePropertyValueUint32(c, pair.get(), 1, live ? JS_DupValue(c, data->handler) : JS_NULL, JS_PROP_C_W_E);
  return pair.release();
}

// inspect.js's build(): reads the formatter (inspect_format.js) into this context and calls its
// factory with the built-ins inspect.js captured, on the first format/inspect call.
JSValue js_build_formatter(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  engine::Context& ctx = engine::Context::from(c);
  Value factory = ctx.run_embedded(js::inspect_format);
  if (factory.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, factory.get(), JS_UNDEFINED, argc > 0 ? 1 : 0, argv);
}

// The built-ins inspect.js and console.js use, captured natively when the context is created
// (before any artifact code, so they are the realm's own), and handed to the factories as one
// null-prototype object when the JavaScript half is first needed (engine/builtin.hpp: the paths,
// and why a method is kept as the entry QuickJS would make it from). A path that does not
// resolve (SharedArrayBuffer, removed by the context) gives undefined.
constexpr engine::NamedBuiltin kPrimordials[] = {
    {"FunctionPrototype", "Object.<proto>"},
    {"FunctionPrototypeBind", "Object.<proto>.bind"},
    {"FunctionPrototypeCall", "Object.<proto>.call"},
    {"FunctionPrototypeToString", "Object.<proto>.toString"},
    {"FunctionPrototypeHasInstance", "Object.<proto>.@@hasInstance"},
    {"ReflectApply", "Reflect.apply"},
    {"ReflectOwnKeys", "Reflect.ownKeys"},
    {"ObjectPrototype", "Object.prototype"},
    {"ObjectKeys", "Object.keys"},
    {"ObjectGetOwnPropertyNames", "Object.getOwnPropertyNames"},
    {"ObjectGetOwnPropertySymbols", "Object.getOwnPropertySymbols"},
    {"ObjectGetOwnPropertyDescriptor", "Object.getOwnPropertyDescriptor"},
    {"ObjectGetPrototypeOf", "Object.getPrototypeOf"},
    {"ObjectSetPrototypeOf", "Object.setPrototypeOf"},
    {"ObjectDefineProperty", "Object.defineProperty"},
    {"ObjectFreeze", "Object.freeze"},
    {"ObjectPrototypeHasOwnProperty", "Object.prototype.hasOwnProperty"},
    {"ObjectPrototypePropertyIsEnumerable", "Object.prototype.propertyIsEnumerable"},
    {"ObjectPrototypeToString", "Object.prototype.toString"},
    {"ObjectPrototypeLookupGetter", "Object.prototype.__lookupGetter__"},
    {"ArrayIsArray", "Array.isArray"},
    {"ArrayPrototype", "Array.prototype"},
    {"ArrayPrototypeSort", "Array.prototype.sort"},
    {"StringCtor", "String"},
    {"StringPrototype", "String.prototype"},
    {"StringPrototypeCharCodeAt", "String.prototype.charCodeAt"},
    {"StringPrototypeCodePointAt", "String.prototype.codePointAt"},
    {"StringPrototypeSlice", "String.prototype.slice"},
    {"StringPrototypeIndexOf", "String.prototype.indexOf"},
    {"StringPrototypeIncludes", "String.prototype.includes"},
    {"StringPrototypeStartsWith", "String.prototype.startsWith"},
    {"StringPrototypeEndsWith", "String.prototype.endsWith"},
    {"StringPrototypeRepeat", "String.prototype.repeat"},
    {"StringPrototypePadStart", "String.prototype.padStart"},
    {"StringPrototypePadEnd", "String.prototype.padEnd"},
    {"StringPrototypeToLowerCase", "String.prototype.toLowerCase"},
    {"StringPrototypeNormalize", "String.prototype.normalize"},
    {"StringPrototypeValueOf", "String.prototype.valueOf"},
    {"StringPrototypeConcat", "String.prototype.concat"},
    {"NumberCtor", "Number"},
    {"NumberIsNaN", "Number.isNaN"},
    {"NumberIsFinite", "Number.isFinite"},
    {"NumberParseInt", "Number.parseInt"},
    {"NumberParseFloat", "Number.parseFloat"},
    {"NumberPrototype", "Number.prototype"},
    {"NumberPrototypeToString", "Number.prototype.toString"},
    {"NumberPrototypeValueOf", "Number.prototype.valueOf"},
    {"NumberPrototypeToFixed", "Number.prototype.toFixed"},
    {"BooleanPrototype", "Boolean.prototype"},
    {"BooleanPrototypeValueOf", "Boolean.prototype.valueOf"},
    {"BigIntPrototype", "BigInt.prototype"},
    {"BigIntPrototypeValueOf", "BigInt.prototype.valueOf"},
    {"SymbolFor", "Symbol.for"},
    {"SymbolIterator", "Symbol.iterator"},
    {"SymbolToStringTag", "Symbol.toStringTag"},
    {"SymbolToPrimitive", "Symbol.toPrimitive"},
    {"SymbolHasInstance", "Symbol.hasInstance"},
    {"SymbolPrototype", "Symbol.prototype"},
    {"SymbolPrototypeToString", "Symbol.prototype.toString"},
    {"SymbolPrototypeValueOf", "Symbol.prototype.valueOf"},
    {"MathFloor", "Math.floor"},
    {"MathMax", "Math.max"},
    {"MathMin", "Math.min"},
    {"MathRound", "Math.round"},
    {"MathSqrt", "Math.sqrt"},
    {"MathTrunc", "Math.trunc"},
    {"JSONStringify", "JSON.stringify"},
    {"ErrorCtor", "Error"},
    {"TypeErrorCtor", "TypeError"},
    {"DatePrototype", "Date.prototype"},
    {"DatePrototypeGetTime", "Date.prototype.getTime"},
    {"DatePrototypeToISOString", "Date.prototype.toISOString"},
    {"DatePrototypeToString", "Date.prototype.toString"},
    {"ErrorPrototype", "Error.prototype"},
    {"ErrorPrototypeToString", "Error.prototype.toString"},
    {"InternalErrorPrototype", "InternalError.prototype"},
    {"RangeErrorPrototype", "RangeError.prototype"},
    {"RegExpPrototype", "RegExp.prototype"},
    {"RegExpPrototypeExec", "RegExp.prototype.exec"},
    {"RegExpPrototypeSourceGetter", "get RegExp.prototype.source"},
    {"RegExpPrototypeGetter_hasIndices", "get RegExp.prototype.hasIndices"},
    {"RegExpPrototypeGetter_global", "get RegExp.prototype.global"},
    {"RegExpPrototypeGetter_ignoreCase", "get RegExp.prototype.ignoreCase"},
    {"RegExpPrototypeGetter_multiline", "get RegExp.prototype.multiline"},
    {"RegExpPrototypeGetter_dotAll", "get RegExp.prototype.dotAll"},
    {"RegExpPrototypeGetter_unicode", "get RegExp.prototype.unicode"},
    {"RegExpPrototypeGetter_unicodeSets", "get RegExp.prototype.unicodeSets"},
    {"RegExpPrototypeGetter_sticky", "get RegExp.prototype.sticky"},
    {"MapCtor", "Map"},
    {"MapPrototype", "Map.prototype"},
    {"MapPrototypeSizeGetter", "get Map.prototype.size"},
    {"MapPrototypeEntries", "Map.prototype.entries"},
    {"MapPrototypeGet", "Map.prototype.get"},
    {"MapPrototypeSet", "Map.prototype.set"},
    {"MapPrototypeDelete", "Map.prototype.delete"},
    {"MapPrototypeHas", "Map.prototype.has"},
    {"SetPrototype", "Set.prototype"},
    {"SetPrototypeSizeGetter", "get Set.prototype.size"},
    {"SetPrototypeValues", "Set.prototype.values"},
    {"WeakMapCtor", "WeakMap"},
    {"WeakMapPrototype", "WeakMap.prototype"},
    {"WeakMapPrototypeHas", "WeakMap.prototype.has"},
    {"WeakMapPrototypeGet", "WeakMap.prototype.get"},
    {"WeakMapPrototypeSet", "WeakMap.prototype.set"},
    {"WeakSetPrototype", "WeakSet.prototype"},
    {"WeakSetPrototypeHas", "WeakSet.prototype.has"},
    {"ArrayBufferIsView", "ArrayBuffer.isView"},
    {"ArrayBufferPrototype", "ArrayBuffer.prototype"},
    {"ArrayBufferPrototypeByteLengthGetter", "get ArrayBuffer.prototype.byteLength"},
    {"SharedArrayBufferPrototype", "SharedArrayBuffer.prototype"},
    {"SharedArrayBufferPrototypeByteLengthGetter", "get SharedArrayBuffer.prototype.byteLength"},
    {"Uint8ArrayCtor", "Uint8Array"},
    {"TypedArrayPrototype", "Uint8Array.prototype.<proto>"},
    {"TypedArrayPrototypeLengthGetter", "get Uint8Array.prototype.<proto>.length"},
    {"TypedArrayPrototypeByteLengthGetter", "get Uint8Array.prototype.<proto>.byteLength"},
    {"TypedArrayPrototypeByteOffsetGetter", "get Uint8Array.prototype.<proto>.byteOffset"},
    {"TypedArrayPrototypeBufferGetter", "get Uint8Array.prototype.<proto>.buffer"},
    {"TypedArrayPrototypeToStringTagGetter", "get Uint8Array.prototype.<proto>.@@toStringTag"},
    {"DataViewPrototype", "DataView.prototype"},
    {"DataViewPrototypeByteLengthGetter", "get DataView.prototype.byteLength"},
    {"DataViewPrototypeByteOffsetGetter", "get DataView.prototype.byteOffset"},
    {"DataViewPrototypeBufferGetter", "get DataView.prototype.buffer"},
    {"PromisePrototype", "Promise.prototype"},
    // The global constructors inspect.js recognises by identity (typed arrays and intrinsics).
    {"global_Uint8Array", "Uint8Array"},
    {"global_Uint8ClampedArray", "Uint8ClampedArray"},
    {"global_Uint16Array", "Uint16Array"},
    {"global_Uint32Array", "Uint32Array"},
    {"global_Int8Array", "Int8Array"},
    {"global_Int16Array", "Int16Array"},
    {"global_Int32Array", "Int32Array"},
    {"global_Float16Array", "Float16Array"},
    {"global_Float32Array", "Float32Array"},
    {"global_Float64Array", "Float64Array"},
    {"global_BigInt64Array", "BigInt64Array"},
    {"global_BigUint64Array", "BigUint64Array"},
    {"global_Array", "Array"},
    {"global_Map", "Map"},
    {"global_Set", "Set"},
    {"global_WeakMap", "WeakMap"},
    {"global_WeakSet", "WeakSet"},
    {"global_Date", "Date"},
    {"global_RegExp", "RegExp"},
    {"global_Promise", "Promise"},
    {"global_Error", "Error"},
    {"global_EvalError", "EvalError"},
    {"global_RangeError", "RangeError"},
    {"global_ReferenceError", "ReferenceError"},
    {"global_SyntaxError", "SyntaxError"},
    {"global_TypeError", "TypeError"},
    {"global_URIError", "URIError"},
    {"global_InternalError", "InternalError"},
    {"global_AggregateError", "AggregateError"},
    {"global_ArrayBuffer", "ArrayBuffer"},
    {"global_SharedArrayBuffer", "SharedArrayBuffer"},
    {"global_DataView", "DataView"},
    {"global_Number", "Number"},
    {"global_String", "String"},
    {"global_Boolean", "Boolean"},
    {"global_BigInt", "BigInt"},
    {"global_Symbol", "Symbol"},
    {"global_WeakRef", "WeakRef"},
    {"global_FinalizationRegistry", "FinalizationRegistry"},
};
constexpr std::size_t kPrimordialCount = std::size(kPrimordials);
// Captured from instances rather than paths (appended after kPrimordials, in this order).
constexpr const char* kIteratorPrimordials[] = {"MapIteratorPrototype", "MapIteratorPrototypeNext",
                                                "IteratorPrototype", "SetIteratorPrototype",
                                                "SetIteratorPrototypeNext"};

// What the log module keeps per context.
struct LogState {
  std::vector<Builtin> primordials;  // kPrimordials, then kIteratorPrimordials
  // Kept for the primordials of Date and the typed arrays, read when QuickJS creates them.
  std::optional<engine::BuiltinReader> reader;
  Value api;                        // {console, log, inspect}: built on first need
  bool grouped = false;             // inside console.group the JavaScript half owns indentation
};

// %MapIteratorPrototype% and %SetIteratorPrototype% are reachable only through an iterator: one
// of a new Map and of a new Set, made with the captured constructors and methods.
void capture_iterator_primordials(JSContext* c, const engine::BuiltinReader& read, std::vector<Builtin>& out,
                                  const Builtin& map_ctor, const Builtin& map_entries, const Builtin& set_ctor,
                                  const Builtin& set_values) {
  const auto iterator_proto = [c](const Builtin& ctor, const Builtin& method) {
    Value instance(c, JS_CallConstructor(c, ctor.make(c).get(), 0, nullptr));
    LLMOS_CHECK(!instance.is_exception());
    Value iter(c, JS_Call(c, method.make(c).get(), instance.get(), 0, nullptr));
    LLMOS_CHECK(!iter.is_exception());
    return Value(c, JS_GetPrototype(c, iter.get()));
  };
  Value map_iter = iterator_proto(map_ctor, map_entries);
  Builtin map_next = read.own(map_iter.get(), "next");
  Value iterator = Value(c, JS_GetPrototype(c, map_iter.get()));
  Value set_iter = iterator_proto(set_ctor, set_values);
  Builtin set_next = read.own(set_iter.get(), "next");
  out.emplace_back(std::move(map_iter));
  out.push_back(std::move(map_next));
  out.emplace_back(std::move(iterator));
  out.emplace_back(std::move(set_iter));
  out.push_back(std::move(set_next));
}

// Found at compile time: a search at run time was 2.5% of building a sandbox.
consteval std::size_t primordial_index(std::string_view name) {
  for (std::size_t i = 0; i < kPrimordialCount; ++i)
    if (std::string_view(kPrimordials[i].name) == name) return i;
  throw "no such primordial";  // not a constant expression: the build fails
}

// The global object's own names when a context is created, the same for every context of this
// binary: read from the first one, then shared (inspect.js uses them to tell built-in
// constructors from the artifact's).
const std::vector<std::string>& initial_global_names(JSContext* c) {
  static const std::vector<std::string> names = [c] {
    std::vector<std::string> out;
    Value global(c, JS_GetGlobalObject(c));
    JSPropertyEnum* tab = nullptr;
    uint32_t len = 0;
    LLMOS_CHECK(JS_GetOwnPropertyNames(c, &tab, &len, global.get(), JS_GPN_STRING_MASK) == 0);
    for (uint32_t i = 0; i < len; ++i) {
      const char* name = JS_AtomToCString(c, tab[i].atom);
      if (name) out.emplace_back(name);
      JS_FreeCString(c, name);
    }
    for (uint32_t i = 0; i < len; ++i) JS_FreeAtom(c, tab[i].atom);
    js_free(c, tab);
    return out;
  }();
  return names;
}

// The lazily created intrinsic group (JS_INTRINSIC_*) of each of kPrimordials, or 0: the same
// for every context, read from the first one. A std::array, which is never destroyed: the pool's
// thread may still be making a context while the process exits.
using PrimordialGroups = std::array<int, kPrimordialCount>;
const PrimordialGroups& primordial_groups(const engine::BuiltinReader& read) {
  static const PrimordialGroups groups = [&read] {
    PrimordialGroups out{};
    for (std::size_t i = 0; i < kPrimordialCount; ++i) out[i] = read.group_of(kPrimordials[i].path);
    return out;
  }();
  return groups;
}

engine::BuiltinTable& primordial_table() {
  static engine::BuiltinTable* table = new engine::BuiltinTable(kPrimordialCount);  // the pool builds until exit
  return *table;
}

// A primordial of Date or the typed arrays is read when QuickJS creates that group, which the
// artifact's first use of one (or the JavaScript half's build) does: capturing it now would
// create them in every context.
void capture_primordials(engine::Context& ctx, LogState& st) {
  JSContext* c = ctx.get();
  (void)initial_global_names(c);
  const engine::BuiltinReader& read = st.reader.emplace(c);
  const PrimordialGroups& groups = primordial_groups(read);
  const int have = JS_GetRealizedIntrinsics(c);
  int deferred = 0;
  st.primordials.reserve(kPrimordialCount + std::size(kIteratorPrimordials));
  for (std::size_t i = 0; i < kPrimordialCount; ++i) {
    if (groups[i] & ~have) {
      deferred |= groups[i];
      st.primordials.emplace_back();
    } else {
      st.primordials.push_back(primordial_table().read(read, i, kPrimordials[i].path));
    }
  }
  const std::vector<Builtin>& p = st.primordials;
  capture_iterator_primordials(c, read, st.primordials, p[primordial_index("MapCtor")],
                               p[primordial_index("MapPrototypeEntries")], p[primordial_index("global_Set")],
                               p[primordial_index("SetPrototypeValues")]);
  for (const int group : {JS_INTRINSIC_DATE, JS_INTRINSIC_TYPED_ARRAYS}) {
    if ((deferred & group) == 0) continue;
    ctx.when_intrinsics_exist(group, [&ctx, group] {
      LogState& state = kernel_state(ctx).module<LogState>();
      const PrimordialGroups& of = primordial_groups(*state.reader);
      for (std::size_t i = 0; i < kPrimordialCount; ++i)
        if (of[i] == group) state.primordials[i] = primordial_table().read(*state.reader, i, kPrimordials[i].path);
    });
  }
}

// Reads inspect.js and console.js into the context and runs their factories with the captured
// built-ins: {console, log, inspect}, or an exception (this runs under the artifact's limits).
Value build_api(engine::Context& ctx, const LogState& st) {
  JSContext* c = ctx.get();
  Value prims(c, JS_NewObjectProto(c, JS_NULL));
  if (prims.is_exception()) return prims;
  const auto put = [&](const char* name, JSValue v) {
    return JS_DefinePropertyValueStr(c, prims.get(), name, v, JS_PROP_ENUMERABLE) >= 0;
  };
  for (std::size_t i = 0; i < kPrimordialCount; ++i)
    if (!engine::define_builtin(c, prims.get(), kPrimordials[i].name, st.primordials[i])) return Value(c, JS_EXCEPTION);
  for (std::size_t i = 0; i < std::size(kIteratorPrimordials); ++i)
    if (!engine::define_builtin(c, prims.get(), kIteratorPrimordials[i], st.primordials[kPrimordialCount + i]))
      return Value(c, JS_EXCEPTION);
  Value names(c, JS_NewArray(c));
  if (names.is_exception()) return names;
  const auto& global_names = initial_global_names(c);
  for (std::size_t i = 0; i < global_names.size(); ++i) {
    JSValue s = JS_NewStringLen(c, global_names[i].data(), global_names[i].size());
    if (JS_IsException(s) ||
        JS_DefinePropertyValueUint32(c, names.get(), static_cast<uint32_t>(i), s, JS_PROP_C_W_E) < 0)
      return Value(c, JS_EXCEPTION);
  }
  if (!put("globalNames", names.release())) return Value(c, JS_EXCEPTION);

  Value hooks = ctx.new_object();
  ctx.define_function(hooks.get(), "promiseState", &js_promise_state, 1);
  ctx.define_function(hooks.get(), "proxyDetails", &js_proxy_details, 1);
  ctx.define_function(hooks.get(), "buildFormatter", &js_build_formatter, 1);
  Value inspect_api = call_factory(ctx, js::inspect, {hooks.get(), prims.get()});
  if (inspect_api.is_exception()) return inspect_api;
  Value format = inspect_api.property("format");
  Value inspect = inspect_api.property("inspect");
  Value table = inspect_api.property("table");
  Value print(c, JS_NewCFunction(c, &js_print, "print", 2));
  Value now(c, JS_NewCFunction(c, &js_now, "now", 0));
  Value api = call_factory(ctx, js::console, {format.get(), inspect.get(), table.get(), print.get(), now.get(), prims.get()});
  if (api.is_exception()) return api;
  if (JS_SetPropertyStr(c, api.get(), "inspect", inspect.release()) < 0) return Value(c, JS_EXCEPTION);
  return api;
}

// The JavaScript half, built on first use; an exception when it cannot be built now (the run's
// memory or time is up), to be tried again on the next call.
Value log_api(JSContext* c) {
  engine::Context& ctx = engine::Context::from(c);
  LogState& st = kernel_state(ctx).module<LogState>();
  if (st.api.is_undefined()) {
    // The JavaScript half takes every primordial at once, those of Date and the typed arrays too.
    if (JS_RealizeIntrinsics(c, JS_INTRINSIC_LAZY) < 0) return Value(c, JS_EXCEPTION);
    Value api = build_api(ctx, st);
    if (api.is_exception()) return api;
    st.api = std::move(api);
  }
  return st.api;
}
// Formats the arguments natively when Node's util.format would give the same text without
// inspecting anything: primitives only, and no format directive in a leading string.
bool format_natively(JSContext* c, int argc, JSValueConst* argv, std::string& out) {
  for (int i = 0; i < argc; ++i) {
    const JSValueConst v = argv[i];
    if (JS_IsObject(v) || JS_IsSymbol(v)) return false;
    if (i) out += ' ';
    if (JS_IsNumber(v)) {
      double d = 0;
      JS_ToFloat64(c, &d, v);
      if (d == 0 && std::signbit(d)) {
        out += "-0";
        continue;
      }
    }
    CString s(c, v);
    if (!s.ok()) return false;
    if (i == 0 && JS_IsString(v) && s.view().find('%') != std::string_view::npos) return false;
    out += s.view();
    if (JS_IsBigInt(c, v)) out += 'n';
  }
  return true;
}

JSValue js_console_method(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int magic) {
  const MethodInfo& m = kMethods[static_cast<std::size_t>(magic)];
  LogState& st = kernel_state(c).module<LogState>();
  if (magic <= kLogError) {
    std::string text;
    if (!st.grouped && format_natively(c, argc, argv, text)) {
      engine::Context::from(c).output().write(m.stream, std::move(text));
      return JS_UNDEFINED;
    }
  }
  Value api = log_api(c);
  if (api.is_exception()) return JS_EXCEPTION;
  if (magic == kGroup || magic == kGroupCollapsed) st.grouped = true;
  Value target = api.property(m.on_llmos_log ? "log" : "console");
  Value fn = target.property(m.name);
  if (fn.is_exception()) return JS_EXCEPTION;
  return JS_Call(c, fn.get(), target.get(), argc, argv);
}

JSValue js_inspect(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  Value api = log_api(c);
  if (api.is_exception()) return JS_EXCEPTION;
  Value inspect = api.property("inspect");
  return JS_Call(c, inspect.get(), JS_UNDEFINED, argc, argv);
}

template <bool kOnLlmosLog>
constexpr auto method_table() {
  constexpr std::size_t n = [] {
    std::size_t k = 0;
    for (const MethodInfo& m : kMethods) k += m.on_llmos_log == kOnLlmosLog;
    return k;
  }();
  std::array<JSCFunctionListEntry, n> out{};
  std::size_t k = 0;
  for (int i = 0; i < kMethodCount; ++i) {
    const MethodInfo& m = kMethods[static_cast<std::size_t>(i)];
    if (m.on_llmos_log == kOnLlmosLog)
      out[k++] = engine::lazy::method(m.name, m.length, &js_console_method, i, JS_PROP_C_W_E);
  }
  return out;
}

// console and LLMOS.log, created on first use (engine/function_list.hpp).
constexpr auto kConsoleMethods = method_table<false>();
constexpr auto kLlmosLogMethods = method_table<true>();
constexpr JSCFunctionListEntry kGlobalEntries[] = {engine::lazy::object(
    "console", kConsoleMethods.data(), kConsoleMethods.size(), JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE)};
constexpr JSCFunctionListEntry kLlmosEntries[] = {
    engine::lazy::object("log", kLlmosLogMethods.data(), kLlmosLogMethods.size(), JS_PROP_C_W_E)};

}  // namespace

void install_log(engine::Context& ctx, JSValueConst llmos) {
  JSContext* c = ctx.get();
  capture_primordials(ctx, kernel_state(ctx).module<LogState>());
  Value global = ctx.global();
  engine::lazy::define(c, global.get(), kGlobalEntries);
  engine::lazy::define(c, llmos, kLlmosEntries);
  ctx.set_inspector(Value(c, JS_NewCFunction(c, &js_inspect, "inspect", 1)));
}

}  // namespace llmos::kernel
