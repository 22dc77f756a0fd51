#pragma once
// The one-line engine fixture: expect(code, kind, value).
//   kind "ok": the run succeeds and its output JSON equals `value` exactly.
//   any other kind (syntax, runtime, timeout, memory, stack, limit): the run fails with that
//   kind and the error message contains `value`.
// Every run gets a fresh runtime; after it the context is freed and the runtime must hold no
// object any more (a leaked reference fails the test, in every build type, whenever no
// promise job is left queued).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/context.hpp"
#include "engine/eval.hpp"
#include "engine/runtime.hpp"

namespace llmos::engine::testing {

inline Evaluation run_engine(std::string_view code, Limits limits = {}) {
  auto runtime = std::make_unique<Runtime>();
  Evaluation ev;
  {
    Context ctx(*runtime);
    EvalOptions opt;
    opt.limits = limits;
    ev = evaluate(ctx, code, opt);
  }
  // Jobs still queued when a run stops at its deadline hold objects until the runtime goes
  // (JS_FreeRuntime frees them, and asserts on real leaks in the sanitizer build).
  if (!JS_IsJobPending(runtime->get())) {
    JS_RunGC(runtime->get());
    JSMemoryUsage usage;
    JS_ComputeMemoryUsage(runtime->get(), &usage);
    EXPECT_EQ(usage.obj_count, 0) << "objects leaked by: " << code;
  }
  return ev;
}

class EvalTest : public ::testing::Test {
 protected:
  void expect(std::string_view code, std::string_view kind, std::string_view value,
              Limits limits = {}) {
    const Evaluation ev = run_engine(code, limits);
    const RunResult& r = ev.result;
    if (kind == "ok") {
      ASSERT_TRUE(r.success) << code << "\nfailed with: " << (r.error ? r.error->message : "");
      EXPECT_EQ(r.output_json, value) << code;
    } else {
      ASSERT_FALSE(r.success) << code << "\nsucceeded with: " << r.output_json;
      EXPECT_EQ(to_string(r.error->kind), kind) << code << "\n" << r.error->message;
      EXPECT_NE(r.error->message.find(value), std::string::npos)
          << code << "\nmessage: " << r.error->message;
    }
  }
};

}  // namespace llmos::engine::testing
