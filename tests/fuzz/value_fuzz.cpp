// libFuzzer target for the result conversion of the engine (src/engine/to_json.cpp): a JavaScript
// value built from the input is converted with the project's to_json, in the project's own
// Runtime and Context (hardened as for an artifact), and what comes out must be valid JSON.
//   input: [config][program...]
// config: bits 0-1 the output cap (1 MiB, 4 KiB, 64 B, 0 B), bits 2-3 the depth cap (1000, 16, 2,
// 0), bit 7 set: the program is JavaScript source, evaluated as is; clear: the program drives a
// small structured generator (below) that writes the JavaScript: nested arrays and objects,
// strings with odd UTF-16 (lone surrogates, U+2028, NUL), numbers (NaN, -0, 1e308), BigInt,
// cycles, getters and toJSON that throw, Proxies (revoked, lying traps), typed arrays, Symbols,
// Dates, Maps, Sets, boxed primitives, errors, arguments objects, deep nesting.
// Each run: 8 MB heap, 256 KiB JavaScript stack, 100 ms for the evaluation and 100 ms for the
// conversion. QuickJS is built with assertions on: JS_FreeRuntime asserts that no value leaked,
// so a reference the conversion forgets to free is a finding too.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "common/utf8.hpp"
#include "engine/context.hpp"
#include "engine/runtime.hpp"
#include "engine/to_json.hpp"

namespace {

using llmos::engine::JsonConversion;

[[noreturn]] void fail(const char*) { __builtin_trap(); }

// Writes a JavaScript program from the input bytes; running out of bytes gives zeros, which pick
// the simplest choice everywhere, so every input makes a program that parses.
class Generator {
 public:
  Generator(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}

  std::string program() {
    std::string s =
        "var $ = [];\n"
        "function k(o) { $.push(o); return o; }\n"
        "function t(m) { throw new Error(m); }\n"
        "var r = ";
    s += expr(0);
    s += ";\n";
    // Mutations between the values made so far: cycles, throwing getters, toJSON.
    for (int m = 0; m < 8 && more(); ++m) {
      const std::string a = "$[" + std::to_string(byte()) + " % $.length]";
      const std::string b = "$[" + std::to_string(byte()) + " % $.length]";
      const std::string key = key_literal();
      std::string stmt;
      switch (byte() % 8) {
        case 0: stmt = a + "[" + key + "] = " + b; break;
        case 1: stmt = a + ".set(" + b + ", " + a + ")"; break;
        case 2: stmt = a + ".add(" + b + ")"; break;
        case 3: stmt = a + ".push(" + b + ")"; break;
        case 4:
          stmt = "Object.defineProperty(" + a + ", " + key + ", {get() { t('getter') }, enumerable: true})";
          break;
        case 5: stmt = a + ".toJSON = () => " + b; break;
        case 6: stmt = a + ".toJSON = function () { t('toJSON') }"; break;
        default: stmt = "Object.setPrototypeOf(" + a + ", " + b + ")"; break;
      }
      s += "if ($.length) try { " + stmt + "; } catch (e) {}\n";
    }
    s += (byte() & 1) ? "r\n" : "$.length ? $[" + std::to_string(byte()) + " % $.length] : r\n";
    return s;
  }

 private:
  bool more() const { return i_ < n_; }
  std::uint8_t byte() { return i_ < n_ ? p_[i_++] : 0; }
  template <std::size_t N>
  const char* pick(const char* const (&table)[N]) { return table[byte() % N]; }

  std::string string_literal() {
    static constexpr std::uint16_t kOdd[] = {0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x0000, 0x001F, 0x2028,
                                             0x2029, 0xFFFF, 0xFEFF, 0x007F, 0x0080, 0x00FF, 0x0022,
                                             0x005C, 0x000A, 0xFFFD, 0x0800};
    const std::size_t len = byte() % 12;
    std::string s = "\"";
    char buf[8];
    for (std::size_t j = 0; j < len; ++j) {
      const std::uint8_t b = byte();
      if (b < 0x60) {
        const char c = static_cast<char>('0' + b % 75);  // '0'..'z': no quote or backslash
        if (c == '\\') s += "\\\\"; else s += c;
      } else if (b < 0x70) {
        s += "\\uD83D\\uDE00";  // a pair: one astral character
      } else {
        std::snprintf(buf, sizeof buf, "\\u%04X", kOdd[b % (sizeof kOdd / sizeof kOdd[0])]);
        s += buf;
      }
    }
    s += '"';
    return s;
  }

  std::string key_literal() {
    static constexpr const char* kKeys[] = {"'a'", "'b'", "'__proto__'", "'toJSON'", "'length'", "'0'", "'1'",
                                            "'-0'", "'constructor'", "''", "'\\uD800'", "'4294967295'"};
    const std::uint8_t b = byte();
    return b < 0xC0 ? kKeys[b % (sizeof kKeys / sizeof kKeys[0])] : string_literal();
  }

  std::string number() {
    static constexpr const char* kNumbers[] = {
        "0", "-0", "1", "-1", "0.1", "1e308", "-1e308", "5e-324", "NaN", "Infinity", "-Infinity",
        "2147483647", "-2147483648", "2147483648", "4294967295", "9007199254740992",
        "9007199254740993", "1.7976931348623157e308", "123.456", "1e21", "1e-7", "-1.5e-300"};
    const std::uint8_t b = byte();
    if (b >= 0xE0) return std::to_string(static_cast<int>(byte()) * 257 - 30000);
    return kNumbers[b % (sizeof kNumbers / sizeof kNumbers[0])];
  }

  std::string leaf() {
    static constexpr const char* kBigInts[] = {"0n", "-1n", "1n", "(2n ** 64n)", "-(2n ** 63n)", "(2n ** 1000n)",
                                               "123456789012345678901234567890n", "BigInt(Number.MAX_SAFE_INTEGER)"};
    static constexpr const char* kSimple[] = {"undefined", "null", "true", "false", "globalThis.nothing"};
    static constexpr const char* kSymbols[] = {"Symbol()", "Symbol('d')", "Symbol.iterator", "Symbol.for('\\uD800')",
                                               "Symbol('')", "Object(Symbol('boxed'))"};
    static constexpr const char* kFunctions[] = {
        "function f() {}", "(() => 1)", "(class A {})", "(async function g() {})", "(function* () {})",
        "Math.max", "(function () {}).bind(null)", "Object.defineProperty(function h() {}, 'name', {get() { t('name') }})",
        "Object.defineProperty(function () {}, 'name', {value: 42})",
        "Object.defineProperty(function () {}, 'name', {value: '\\uDC00x'})",
        "new Proxy(function () {}, {get() { t('fn proxy') }})", "Symbol", "Function", "(async () => {})"};
    static constexpr const char* kDates[] = {
        "new Date(0)", "new Date(NaN)", "new Date(8.64e15)", "new Date(-8.64e15)", "new Date(-1)",
        "new Date(253402300800000)", "(() => { class D extends Date {} return new D(1) })()",
        "Object.setPrototypeOf(new Date(0), null)",
        "(() => { const d = new Date(0); d.toISOString = () => t('iso'); return d })()"};
    static constexpr const char* kBoxed[] = {
        "new Number(-0)", "new Number(NaN)", "new String('\\uD800x')", "new Boolean(false)", "Object(1n)",
        "(() => { const n = new Number(1); n.valueOf = () => t('valueOf'); return n })()",
        "Object.setPrototypeOf(new String('ab'), null)",
        "(() => { const s = new String('x'); s[Symbol.toPrimitive] = () => ({}); return s })()",
        "(() => { const s = new String('y'); s.toString = () => t('toString'); return s })()",
        "Object.setPrototypeOf(Object(2n), null)"};
    static constexpr const char* kRegExps[] = {
        "/a+b/gi", "new RegExp('\\\\uD800', 'u')", "Object.setPrototypeOf(/x/, null)",
        "(() => { const r = /x/; Object.defineProperty(r, 'source', {get() { t('source') }}); return r })()",
        "/[\\u{1F600}]/u"};
    switch (byte() % 10) {
      case 0: case 1: return number();
      case 2: case 3: return string_literal();
      case 4: return pick(kBigInts);
      case 5: return pick(kSimple);
      case 6: return pick(kSymbols);
      case 7: return byte() & 1 ? pick(kFunctions) : "$[" + std::to_string(byte()) + " % $.length]";
      case 8: return byte() & 1 ? pick(kDates) : pick(kRegExps);
      default: return pick(kBoxed);
    }
  }

  std::string list(int depth, std::size_t max) {
    std::string s;
    const std::size_t n = byte() % (max + 1);
    for (std::size_t j = 0; j < n; ++j) {
      if (j) s += ", ";
      s += expr(depth + 1);
    }
    return s;
  }

  std::string object_literal(int depth) {
    std::string s = "{";
    const std::size_t n = byte() % 5;
    for (std::size_t j = 0; j < n; ++j) {
      if (j) s += ", ";
      const std::string key = key_literal();
      switch (byte() % 6) {
        case 0: s += "get [" + key + "]() { t('getter') }"; break;
        case 1: s += "get [" + key + "]() { return " + expr(depth + 1) + " }"; break;
        case 2: s += "[Symbol('s')]: " + expr(depth + 1); break;
        case 3: s += "toJSON(k) { return " + expr(depth + 1) + " }"; break;
        default: s += "[" + key + "]: " + expr(depth + 1); break;
      }
    }
    return s + "}";
  }

  std::string expr(int depth) {
    if (depth > 6 || ++nodes_ > 200 || !more()) return leaf();
    static constexpr const char* kTypedArrays[] = {
        "new Int8Array([1, -1, 127, -128])", "new Uint8ClampedArray(3)", "new Float32Array([NaN, -0, 1e40, 1.5])",
        "new Float64Array([1e308, -0, NaN, 5e-324])", "new BigInt64Array([-1n, 2n ** 63n - 1n])",
        "new BigUint64Array([2n ** 64n - 1n])", "new Uint16Array([0xD800, 0xDC00])",
        "new Int32Array(new ArrayBuffer(16), 4, 2)", "new Uint32Array(70000)", "new DataView(new ArrayBuffer(4))",
        "new ArrayBuffer(0)", "new Uint8Array([0, 255, 128]).buffer", "new ArrayBuffer(100000)",
        "(() => { const a = new Uint8Array(4); Object.defineProperty(a, 'length', {value: 1e9}); return a })()"};
    static constexpr const char* kHandlers[] = {
        "{}", "{ownKeys() { return ['a', 'b', 'a'] }}", "{ownKeys() { t('ownKeys') }}",
        "{getOwnPropertyDescriptor() { t('gopd') }}",
        "{getOwnPropertyDescriptor() { return {value: 1, enumerable: true, configurable: true} }}",
        "{get(o, k) { return k === 'length' ? 1e9 : o[k] }}", "{get() { t('get') }}", "{get(o, k, r) { return r }}",
        "{getPrototypeOf() { t('proto') }}", "{has() { t('has') }}",
        "{ownKeys() { return [] }, getOwnPropertyDescriptor() { return undefined }}"};
    static constexpr const char* kMisc[] = {
        "Promise.resolve(1)", "new Promise(() => {})", "new WeakMap()", "new WeakSet()", "new WeakRef({})",
        "(function* () { yield 1 })()", "[1, 2].values()", "new Map([[1, 2]]).entries()", "Math", "JSON",
        "globalThis", "Object.prototype", "Array.prototype", "new (class C { #p = 1; q = 2 })()",
        "Object.freeze([1, {}])", "new AggregateError([new Error('x')], 'agg')", "new FinalizationRegistry(() => {})",
        "(() => { try { null.x } catch (e) { return e } })()", "Reflect", "Proxy", "globalThis.Atomics", "new ArrayBuffer(8)"};
    const std::uint8_t kind = byte() % 22;
    const auto reg = [](const std::string& e) { return "k(" + e + ")"; };
    switch (kind) {
      case 0: case 1: case 2: case 3: return leaf();
      case 4: return reg("[" + list(depth, 6) + "]");
      case 5: return reg("[, " + list(depth, 3) + ", , ]");  // holes
      case 6: case 7: return reg(object_literal(depth));
      case 8: return reg("new Map([" + pairs(depth) + "])");
      case 9: return reg("new Set([" + list(depth, 4) + "])");
      case 10: return reg("new Proxy(" + expr(depth + 1) + " ?? {}, " + pick(kHandlers) + ")");
      case 11:
        return reg("(() => { const p = Proxy.revocable(" + (byte() & 1 ? std::string("[]") : std::string("{}")) +
                   ", {}); p.revoke(); return p.proxy })()");
      case 12: return reg(pick(kTypedArrays));
      case 13: {
        static constexpr const char* kErrors[] = {"Error", "TypeError", "RangeError", "SyntaxError"};
        std::string e = "new ";
        e += pick(kErrors);
        e += "(" + string_literal() + ")";
        if (byte() & 1) e = "Object.defineProperty(" + e + ", 'name', {get() { t('name') }})";
        if (byte() & 1) e = "Object.assign(" + e + ", {extra: " + expr(depth + 1) + "})";
        return reg(e);
      }
      case 14: return reg("(function () { return arguments })(" + list(depth, 3) + ")");
      case 15: return reg("(function () { 'use strict'; return arguments })(" + list(depth, 3) + ")");
      case 16: {
        // Nesting deeper than the depth cap, as arrays, objects or toJSON chains.
        const std::string n = std::to_string(1 + byte() * 8);
        switch (byte() % 3) {
          case 0: return reg("(() => { let o = " + expr(depth + 1) + "; for (let i = 0; i < " + n + "; i++) o = [o]; return o })()");
          case 1: return reg("(() => { let o = {}; for (let i = 0; i < " + n + "; i++) o = {o}; return o })()");
          default: return reg("(() => { const mk = () => ({toJSON: mk}); return mk() })()");
        }
      }
      case 17: {
        // Wide values: long arrays and strings, sparse arrays of the longest length.
        switch (byte() % 4) {
          case 0: return reg("new Array(" + std::to_string(byte() * 1000) + ").fill(" + leaf() + ")");
          case 1: return string_literal() + ".repeat(" + std::to_string(byte() * 4000) + ")";
          case 2:
            // Its own toString: join would walk all 2^32-1 slots, and a mutation below can still
            // stringify it (`x.length = a`); join polls the interrupt since patches/quickjs/0003,
            // so the 100 ms deadline ends that (before, it hung this harness past libFuzzer's 10 s).
            return reg("(() => { const a = []; a.length = 4294967295; a[5] = 1; a.toString = () => 'a'; return a })()");
          default: return reg("Array.from({length: " + std::to_string(byte() * 100) + "}, (_, i) => [i, String(i)])");
        }
      }
      case 18: return reg("Object.assign(Object.create(null), " + object_literal(depth) + ")");
      case 19: return reg("Object.defineProperties(" + object_literal(depth) + ", {hidden: {value: 1, enumerable: false}, " +
                          "shown: {get() { return " + expr(depth + 1) + " }, enumerable: true}})");
      case 20: return reg(pick(kMisc));
      default:
        return reg("Object.defineProperty([" + list(depth, 3) + "], " + std::to_string(byte() % 3) +
                   ", {get() { " + (byte() & 1 ? "t('index')" : "$.length = 0; return 1") + " }})");
    }
  }

  std::string pairs(int depth) {
    std::string s;
    const std::size_t n = byte() % 4;
    for (std::size_t j = 0; j < n; ++j) {
      if (j) s += ", ";
      s += "[" + expr(depth + 1) + ", " + expr(depth + 1) + "]";
    }
    return s;
  }

  const std::uint8_t* p_;
  std::size_t n_;
  std::size_t i_ = 0;
  int nodes_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t config = data[0];
  std::string program;
  if (config & 0x80) {
    program.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (!llmos::utf8::is_valid(program)) return 0;  // the executor refuses such source too
  } else {
    program = Generator(data + 1, size - 1).program();
  }
  // To see what an input runs: VALUE_FUZZ_PRINT=1 ./value_fuzz input
  static const bool print = std::getenv("VALUE_FUZZ_PRINT") != nullptr;
  if (print) std::fprintf(stderr, "--- program:\n%s\n---\n", program.c_str());

  llmos::Limits limits;
  limits.memory_bytes = std::size_t{8} << 20;
  limits.stack_bytes = std::size_t{256} << 10;
  static constexpr std::size_t kOutputCaps[] = {std::size_t{1} << 20, 4096, 64, 0};
  static constexpr int kDepthCaps[] = {1000, 16, 2, 0};
  limits.max_output_bytes = kOutputCaps[config & 3];
  limits.max_json_depth = kDepthCaps[(config >> 2) & 3];

  llmos::engine::Runtime runtime;
  {
    llmos::engine::Context ctx(runtime);
    JSContext* c = ctx.get();
    runtime.apply_limits(limits);
    runtime.deadline().start(std::chrono::milliseconds(100));
    llmos::engine::Value v(c, JS_Eval(c, program.c_str(), program.size(), "<fuzz>", JS_EVAL_TYPE_GLOBAL));
    if (v.is_exception()) {
      llmos::engine::Value ignored(c, JS_GetException(c));
      return 0;
    }
    runtime.deadline().start(std::chrono::milliseconds(100));
    const JsonConversion conv = llmos::engine::to_json(ctx, v.get(), limits);
    switch (conv.status) {
      case JsonConversion::Status::kOk: {
        if (JS_HasException(c)) fail("a conversion that succeeded left an exception pending");
        if (!llmos::utf8::is_valid(conv.json)) fail("the JSON is not UTF-8");
        const nlohmann::json parsed = nlohmann::json::parse(conv.json, nullptr, false);
        if (parsed.is_discarded()) fail("the conversion made invalid JSON");
        if (conv.json.size() > limits.max_output_bytes && !conv.truncated) fail("over the output cap, not marked");
        break;
      }
      case JsonConversion::Status::kException: {
        if (!JS_HasException(c)) fail("a conversion that failed left no exception");
        llmos::engine::Value ignored(c, JS_GetException(c));
        break;
      }
      case JsonConversion::Status::kTimeout: {
        if (!runtime.deadline().expired()) fail("a timeout before the deadline");
        // An interrupt may be pending, or nothing: either way cleared.
        llmos::engine::Value ignored(c, JS_GetException(c));
        break;
      }
    }
  }
  return 0;
}
