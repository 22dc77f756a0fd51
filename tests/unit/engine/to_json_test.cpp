#include "eval_fixture.hpp"

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
  expect("Promise.resolve(1)", "ok", "\"[Promise]\"");
}

TEST_F(EvalTest, DeepNestingIsCutAndMarked) {
  const auto ev = run_engine("let a = []; for (let i = 0; i < 100000; i++) a = [a]; a");
  ASSERT_TRUE(ev.result.success);
  EXPECT_TRUE(ev.result.output_truncated);
  EXPECT_NE(ev.result.output_json.find("[Truncated: nested deeper than 1000 levels]"), std::string::npos);
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

}  // namespace llmos::engine::testing
