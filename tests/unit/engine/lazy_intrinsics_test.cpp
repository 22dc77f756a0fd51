// Date and the typed arrays are created on first use (patches/quickjs/0005): what an artifact
// sees is what it would see had they been made with the context, and llmos's own copies of their
// built-ins are the originals whatever the artifact did first.
#include <cstring>
#include <string>

#include "engine/builtin.hpp"
#include "eval_fixture.hpp"

namespace llmos::engine::testing {
namespace {

std::string eval_string(Context& ctx, const char* code) {
  Value v(ctx.get(), JS_Eval(ctx.get(), code, std::strlen(code), "<test>", JS_EVAL_TYPE_GLOBAL));
  if (v.is_exception()) {
    Value e(ctx.get(), JS_GetException(ctx.get()));
    CString s(ctx.get(), e.get());
    return "throws " + std::string(s.view());
  }
  CString s(ctx.get(), v.get());
  return std::string(s.view());
}

TEST(LazyIntrinsics, AFreshContextHasNeitherGroupButEveryName) {
  Runtime rt;
  Context ctx(rt);
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), 0);
  // Listing the global object's names creates nothing.
  EXPECT_EQ(eval_string(ctx, "['Date', 'ArrayBuffer', 'Uint8Array', 'Float64Array', 'DataView']"
                             ".every((n) => Object.getOwnPropertyNames(globalThis).includes(n))"),
            "true");
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), 0);
}

TEST(LazyIntrinsics, EachGroupIsMadeByItsOwnFirstUse) {
  Runtime rt;
  Context ctx(rt);
  EXPECT_EQ(eval_string(ctx, "typeof Date"), "function");
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), JS_INTRINSIC_DATE);
  EXPECT_EQ(eval_string(ctx, "typeof DataView"), "function");
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), JS_INTRINSIC_LAZY);
}

TEST(LazyIntrinsics, ANativeEntryPointMakesTheGroupItNeeds) {
  Runtime rt;
  Context ctx(rt);
  Value buf(ctx.get(), JS_NewArrayBufferCopy(ctx.get(), reinterpret_cast<const uint8_t*>("ab"), 2));
  ASSERT_FALSE(buf.is_exception());
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), JS_INTRINSIC_TYPED_ARRAYS);
  JS_SetPropertyStr(ctx.get(), ctx.global().get(), "buf", buf.release());
  EXPECT_EQ(eval_string(ctx, "Object.getPrototypeOf(buf) === ArrayBuffer.prototype && buf.byteLength"), "2");
}

TEST(LazyIntrinsics, WaitersRunOnceTheGroupExistsBeforeCodeTouchesIt) {
  Runtime rt;
  Context ctx(rt);
  int ran = 0;
  std::string seen;
  ctx.when_intrinsics_exist(JS_INTRINSIC_DATE, [&] {
    ++ran;
    seen = eval_string(ctx, "typeof Date.prototype.toISOString");
  });
  EXPECT_EQ(ran, 0);
  EXPECT_EQ(eval_string(ctx, "Date.prototype.toISOString = 1; typeof Date.prototype.toISOString"), "number");
  EXPECT_EQ(ran, 1);
  EXPECT_EQ(seen, "function");
  eval_string(ctx, "new Date(0)");
  EXPECT_EQ(ran, 1);
  ctx.when_intrinsics_exist(JS_INTRINSIC_DATE, [&] { ++ran; });  // exists already: at once
  EXPECT_EQ(ran, 2);
}

TEST(LazyIntrinsics, OutOfMemoryWhileMakingOneLeavesItToTheNextUse) {
  Runtime rt;
  Context ctx(rt);
  Limits limits;
  limits.memory_bytes = rt.memory_used() + 512;
  rt.apply_limits(limits);
  EXPECT_NE(eval_string(ctx, "Uint8Array").find("throws"), std::string::npos);
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), 0);
  rt.lift_memory_limit();
  EXPECT_EQ(eval_string(ctx, "new Uint8Array([7, 8])[1] + Uint8Array.BYTES_PER_ELEMENT"), "9");
  EXPECT_EQ(JS_GetRealizedIntrinsics(ctx.get()), JS_INTRINSIC_TYPED_ARRAYS);
}

// The host reads a lazily created group from its original constructors, except a global the
// context removed: SharedArrayBuffer stays out of reach of llmos's own JavaScript too.
TEST(LazyIntrinsics, TheHostReadsOriginalsButNotWhatTheContextRemoved) {
  Runtime rt;
  Context ctx(rt);
  eval_string(ctx, "globalThis.Uint8Array = 1; delete globalThis.DataView");
  const BuiltinReader read(ctx.get());
  Value u8 = read.path("Uint8Array").make(ctx.get());
  EXPECT_TRUE(JS_IsConstructor(ctx.get(), u8.get()));
  Value view = read.path("DataView.prototype").make(ctx.get());
  EXPECT_TRUE(view.is_object());
  EXPECT_TRUE(read.path("SharedArrayBuffer").make(ctx.get()).is_undefined());
  EXPECT_TRUE(read.path("SharedArrayBuffer.prototype").make(ctx.get()).is_undefined());
  EXPECT_EQ(read.group_of("get Float32Array.prototype.length"), JS_INTRINSIC_TYPED_ARRAYS);
  EXPECT_EQ(read.group_of("Map.prototype"), 0);
}

// After a run its memory limit is lifted, not set to nothing: llmos's own work on the context
// (a later group, the inspector) can still allocate.
TEST(LazyIntrinsics, AfterARunTheContextCanStillAllocate) {
  Runtime rt;
  Context ctx(rt);
  EvalOptions opt;
  opt.limits.memory_bytes = std::size_t{8} << 20;
  const Evaluation ev = evaluate(ctx, "1 + 1", opt);
  ASSERT_TRUE(ev.result.success);
  EXPECT_EQ(JS_RealizeIntrinsics(ctx.get(), JS_INTRINSIC_LAZY), 0);
  EXPECT_EQ(eval_string(ctx, "new Date(0).getTime()"), "0");
}

// What an artifact can observe of them is as before.
TEST_F(EvalTest, LazyIntrinsicsLookAsIfMadeWithTheContext) {
  expect("Object.getOwnPropertyNames(Date)", "ok", R"(["length","name","prototype","now","parse","UTC"])");
  expect("Object.getOwnPropertyNames(Uint8Array)", "ok", R"(["length","name","prototype","BYTES_PER_ELEMENT"])");
  expect("Object.getOwnPropertyNames(ArrayBuffer)", "ok", R"(["length","name","prototype","isView"])");
  expect("const d = Object.getOwnPropertyDescriptor(globalThis, 'Date'); "
         "[d.writable, d.enumerable, d.configurable, d.value === Date]",
         "ok", "[true,false,true,true]");
  expect("[Date.prototype.constructor === Date, Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Float64Array), "
         "new Date(0).toISOString()]",
         "ok", R"([true,true,"1970-01-01T00:00:00.000Z"])");
  // %TypedArray%.prototype.toString is the original Array.prototype.toString, replaced or not.
  expect("const original = Array.prototype.toString; Array.prototype.toString = () => 'x'; "
         "Object.getPrototypeOf(Uint8Array.prototype).toString === original",
         "ok", "true");
  expect("delete globalThis.Date; typeof Date", "ok", "\"undefined\"");
  expect("globalThis.Float32Array = 5; Float32Array", "ok", "5");
  expect("var DataView = 'mine'; DataView", "ok", "\"mine\"");
}

TEST_F(EvalTest, TheResultOfADateIsItsOriginalIsoString) {
  expect("Date.prototype.toISOString = () => 'evil'; new Date(0)", "ok", "\"1970-01-01T00:00:00.000Z\"");
  expect("globalThis.Date = { prototype: {} }; [new Uint8Array(1)]", "ok", "[[0]]");
}

}  // namespace
}  // namespace llmos::engine::testing
