// Built-ins captured for the API's JavaScript halves (engine/builtin.hpp), and the engine calls
// building a sandbox relies on (patches/quickjs/0014, 0015).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "engine/builtin.hpp"
#include "engine/context.hpp"
#include "engine/runtime.hpp"

namespace llmos::engine {
namespace {

Value eval(Context& ctx, const char* code) {
  return Value(ctx.get(), JS_Eval(ctx.get(), code, std::strlen(code), "<test>", JS_EVAL_TYPE_GLOBAL));
}

bool same(JSValueConst a, JSValueConst b) { return JS_VALUE_GET_PTR(a) == JS_VALUE_GET_PTR(b); }

TEST(BuiltinTable, AStaticEntryIsReadOnceAndStaysTheOriginal) {
  BuiltinTable table(2);
  Runtime rt1;
  Context first(rt1);
  const Builtin push1 = table.read(BuiltinReader(first.get()), 0, "Array.prototype.push");
  ASSERT_NE(push1.entry(), nullptr);

  // A later context whose code replaced the method still gets the native one.
  Runtime rt2;
  Context second(rt2);
  ASSERT_FALSE(eval(second, "Array.prototype.push = function () { return 'replaced'; }").is_exception());
  const Builtin push2 = table.read(BuiltinReader(second.get()), 0, "Array.prototype.push");
  EXPECT_EQ(push2.entry(), push1.entry());
  Value fn = push2.make(second.get());
  Value array = eval(second, "[1, 2]");
  JSValue arg = JS_NewInt32(second.get(), 3);
  Value length(second.get(), JS_Call(second.get(), fn.get(), array.get(), 1, &arg));
  int32_t n = 0;
  ASSERT_EQ(JS_ToInt32(second.get(), &n, length.get()), 0);
  EXPECT_EQ(n, 3);
}

TEST(BuiltinTable, AValueIsEachContextsOwn) {
  BuiltinTable table(1);
  for (int i = 0; i < 2; ++i) {
    Runtime rt;
    Context ctx(rt);
    const Builtin proto = table.read(BuiltinReader(ctx.get()), 0, "Array.prototype");
    EXPECT_EQ(proto.entry(), nullptr);
    Value mine = proto.make(ctx.get());
    Value expected = eval(ctx, "Array.prototype");
    EXPECT_TRUE(same(mine.get(), expected.get()));
  }
}

TEST(EngineCalls, FunctionKindPrototypesAreThoseOfRealFunctions) {
  Runtime rt;
  Context ctx(rt);
  const char* samples[] = {"Object.getPrototypeOf(function () {})", "Object.getPrototypeOf(async function () {})",
                           "Object.getPrototypeOf(function* () {})",
                           "Object.getPrototypeOf(async function* () {})"};
  for (int kind = 0; kind < 4; ++kind) {
    Value proto(ctx.get(), JS_GetFunctionKindPrototype(ctx.get(), kind));
    Value expected = eval(ctx, samples[kind]);
    ASSERT_TRUE(JS_IsObject(proto.get())) << kind;
    EXPECT_TRUE(same(proto.get(), expected.get())) << kind;
  }
  EXPECT_TRUE(JS_IsUndefined(JS_GetFunctionKindPrototype(ctx.get(), 4)));
  EXPECT_TRUE(JS_IsUndefined(JS_GetFunctionKindPrototype(ctx.get(), -1)));
}

TEST(EngineCalls, OnlyTheLazyGlobalsHaveAnIntrinsicGroup) {
  Runtime rt;
  Context ctx(rt);
  const auto group = [&](const char* name) {
    const JSAtom atom = JS_NewAtom(ctx.get(), name);
    const int g = JS_GetIntrinsicGroup(ctx.get(), atom);
    JS_FreeAtom(ctx.get(), atom);
    return g;
  };
  EXPECT_EQ(group("Date"), JS_INTRINSIC_DATE);
  for (const char* name : {"ArrayBuffer", "Uint8ClampedArray", "Float64Array", "DataView"})
    EXPECT_EQ(group(name), JS_INTRINSIC_TYPED_ARRAYS) << name;
  for (const char* name : {"Array", "Map", "RegExp", "Function", "BigInt", "notAGlobalAtAll"})
    EXPECT_EQ(group(name), 0) << name;
}

}  // namespace
}  // namespace llmos::engine
