// The class ids of class_ids.hpp are internal to QuickJS: check each against the engine.
#include "engine/class_ids.hpp"

#include <gtest/gtest.h>

#include "engine/context.hpp"
#include "engine/runtime.hpp"

namespace llmos::engine {

TEST(ClassIds, MatchThePinnedQuickJSRelease) {
  Runtime rt;
  Context ctx(rt);
  const struct { const char* code; JSClassID id; } cases[] = {
      {"({})", class_id::kObject}, {"[]", class_id::kArray}, {"new Error()", class_id::kError},
      {"new Number(1)", class_id::kNumber}, {"new String('')", class_id::kString},
      {"new Boolean(true)", class_id::kBoolean}, {"new Date()", class_id::kDate},
      {"/x/", class_id::kRegExp}, {"new ArrayBuffer(1)", class_id::kArrayBuffer},
      {"new Uint8ClampedArray(1)", class_id::kUint8cArray},
      {"new BigInt64Array(1)", class_id::kBigInt64Array},
      {"new BigUint64Array(1)", class_id::kBigUint64Array},
      {"new Float64Array(1)", class_id::kFloat64Array}, {"new DataView(new ArrayBuffer(1))", class_id::kDataView},
      {"Object(1n)", class_id::kBigInt}, {"new Map()", class_id::kMap}, {"new Set()", class_id::kSet},
      {"new WeakMap()", class_id::kWeakMap}, {"new WeakSet()", class_id::kWeakSet},
      {"new Proxy({}, {})", class_id::kProxy}, {"Promise.resolve()", class_id::kPromise},
      {"(function () { 'use strict'; return arguments })()", class_id::kArguments},
      {"(function () { return arguments })()", class_id::kMappedArguments},
  };
  for (const auto& c : cases) {
    Value v(ctx.get(), JS_Eval(ctx.get(), c.code, strlen(c.code), "<test>", JS_EVAL_TYPE_GLOBAL));
    ASSERT_FALSE(v.is_exception()) << c.code;
    EXPECT_EQ(JS_GetClassID(v.get()), c.id) << c.code;
  }
}

}  // namespace llmos::engine
