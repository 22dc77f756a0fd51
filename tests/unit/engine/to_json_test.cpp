#include "eval_fixture.hpp"

#include <chrono>

#include "engine/to_json.hpp"

namespace llmos::engine::testing {

TEST_F(EvalTest, ValuesJsonCannotHold) {
  expect("NaN", "ok", "null");
  expect("[Infinity, -Infinity, -0]", "ok", "[null,null,0]");
  expect("12345678901234567890n", "ok", "\"12345678901234567890\"");
  expect("({ a: undefined, b: 1 })", "ok", "{\"a\":null,\"b\":1}");
  expect("function add(a, b) { return a + b }; add", "ok", "\"[Function add]\"");
  expect("(() => 1)", "ok", "\"[Function (anonymous)]\"");
  expect("Symbol('s')", "ok", "\"Symbol(s)\"");
}

TEST_F(EvalTest, CyclesAreMarked) {
  expect("const a = { name: 'a' }; a.self = a; a", "ok", "{\"name\":\"a\",\"self\":\"[Circular]\"}");
  expect("const x = [1]; x.push(x); x", "ok", "[1,\"[Circular]\"]");
  // The same object twice without a cycle is written twice, as JSON.stringify does.
  expect("const s = { v: 1 }; [s, s]", "ok", "[{\"v\":1},{\"v\":1}]");
}

TEST_F(EvalTest, CollectionsDatesAndTypedArrays) {
  expect("new Map([['a', 1], [2, 'b']])", "ok", "{\"a\":1,\"2\":\"b\"}");
  expect("new Set([1, 'x', 1])", "ok", "[1,\"x\"]");
  expect("new Date(0)", "ok", "\"1970-01-01T00:00:00.000Z\"");
  expect("new Date(NaN)", "ok", "null");
  expect("new Uint8Array([1, 2, 255])", "ok", "[1,2,255]");
  expect("new Float64Array([0.5, NaN])", "ok", "[0.5,null]");
  expect("new BigInt64Array([5n])", "ok", "[\"5\"]");
  expect("/ab+c/gi", "ok", "\"/ab+c/gi\"");
  expect("[new Number(3), new String('s'), new Boolean(false)]", "ok", "[3,\"s\",false]");
  expect("({ toJSON() { return 'custom' } })", "ok", "\"custom\"");
  expect("[, 1]", "ok", "[null,1]");
  expect("new Error('oops')", "ok", "{\"name\":\"Error\",\"message\":\"oops\"}");
  expect("[Promise.resolve(1)]", "ok", "[\"[Promise]\"]");  // a completion promise itself is settled first
}

TEST_F(EvalTest, DeepNestingIsCutAndMarked) {
  const auto ev = run_engine("let a = []; for (let i = 0; i < 100000; i++) a = [a]; a");
  ASSERT_TRUE(ev.result.success);
  EXPECT_TRUE(ev.result.output_truncated);
  EXPECT_NE(ev.result.output_json.find("[Truncated: nested deeper than 500 levels]"), std::string::npos);
}

TEST_F(EvalTest, OutputIsCappedAndMarked) {
  const auto ev = run_engine("'x'.repeat(3 * 1024 * 1024)");
  ASSERT_TRUE(ev.result.success);
  EXPECT_TRUE(ev.result.output_truncated);
  EXPECT_LE(ev.result.output_json.size(), (std::size_t{1} << 20) + 64);

  const auto big = run_engine("const a = []; a[4e9] = 1; a.length = 4e9; a");
  ASSERT_TRUE(big.result.success);
  EXPECT_TRUE(big.result.output_truncated);
}

TEST_F(EvalTest, LoneSurrogatesBecomeReplacementCharacters) {
  expect("'a\\uD800b'", "ok", "\"a\xEF\xBF\xBD" "b\"");
}

// A string whose UTF-8 copy does not fit under the memory limit fails the conversion, and is
// freed with the context: QuickJS's JS_ToCStringLen used to keep a reference to it on that path,
// so it was never freed (patches/quickjs/0002; found by tests/fuzz/value_fuzz.cpp).
TEST(ToJson, StringTooLargeToConvertIsFreed) {
  Runtime runtime;
  {
    Context ctx(runtime);
    JSContext* c = ctx.get();
    Limits limits;
    limits.memory_bytes = std::size_t{8} << 20;
    runtime.apply_limits(limits);
    runtime.deadline().start(std::chrono::seconds(10));
    // 3.6 MB as UTF-16; the UTF-8 copy reserves 3 bytes a character: 5.4 MB more.
    static constexpr char kCode[] = "'\\u0100'.repeat(1800000)";
    Value s(c, JS_Eval(c, kCode, sizeof kCode - 1, "<test>", JS_EVAL_TYPE_GLOBAL));
    ASSERT_FALSE(s.is_exception());
    const JsonConversion conv = to_json(ctx, s.get(), limits);
    EXPECT_EQ(conv.status, JsonConversion::Status::kException);
    Value ignored(c, JS_GetException(c));
  }
  JS_RunGC(runtime.get());
  JSMemoryUsage usage;
  JS_ComputeMemoryUsage(runtime.get(), &usage);
  EXPECT_LT(usage.malloc_size, std::int64_t{2} << 20) << "the 3.6 MB string is still allocated";
}

}  // namespace llmos::engine::testing
