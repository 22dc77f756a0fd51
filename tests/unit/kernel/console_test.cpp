// console and LLMOS.log through the real kernel installation.
#include <gtest/gtest.h>

#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "kernel/llmos_api.hpp"

namespace llmos::kernel {

struct Captured {
  std::vector<std::string> logs, err;
  std::string output;
  bool success;
};

Captured run(std::string_view code) {
  engine::Sandbox sb;
  install_api(sb.context());
  engine::EvalOptions opt;
  opt.render_output = true;
  auto ev = engine::evaluate(sb.context(), code, opt);
  return {ev.result.logs, ev.result.stderr_lines, ev.output_text, ev.result.success};
}

TEST(Console, FormatsLikeNode) {
  auto r = run("console.log('2 + 2 =', 4); console.log({ a: 1, b: 'x' }); console.log([1, 2, 3]);"
               "console.log('%s is %d years', 'Bob', 42); console.info('i'); console.debug('d')");
  EXPECT_EQ(r.logs, (std::vector<std::string>{"2 + 2 = 4", "{ a: 1, b: 'x' }", "[ 1, 2, 3 ]",
                                               "Bob is 42 years", "i", "d"}));
}

TEST(Console, WarnAndErrorGoToStderr) {
  auto r = run("console.log('Log message'); console.warn('Warning message'); console.error('Error message'); 'Done!'");
  EXPECT_EQ(r.logs, std::vector<std::string>{"Log message"});
  EXPECT_EQ(r.err, (std::vector<std::string>{"Warning message", "Error message"}));
}

TEST(Console, LlmosLog) {
  auto r = run("LLMOS.log.info('UID: x'); LLMOS.log.warn('w'); LLMOS.log.error('e')");
  EXPECT_EQ(r.logs, std::vector<std::string>{"UID: x"});
  EXPECT_EQ(r.err, (std::vector<std::string>{"w", "e"}));
}

// The JavaScript half loads on first use and captures the built-ins it uses then: once loaded,
// an artifact that breaks built-ins cannot break its console.
TEST(Console, SurvivesTheArtifactBreakingBuiltinsAfterFirstUse) {
  auto r = run("console.log({}); Array.prototype.join = () => 'broken'; Array.prototype.map = null; String.prototype.split = null;"
               "JSON.stringify = null; Object.keys = null; console.log('a', [1, 2], { k: 1 })");
  ASSERT_TRUE(r.success);
  EXPECT_EQ(r.logs, (std::vector<std::string>{"{}", "a [ 1, 2 ] { k: 1 }"}));
}

// Broken before first use, the console may fail, but only with a clean error in the artifact.
TEST(Console, BuiltinsBrokenBeforeFirstUseGiveACleanError) {
  auto r = run("Function.prototype.call = null; Function.prototype.bind = null; Reflect.apply = null;"
               "let err = 'none'; try { console.log({ k: 1 }) } catch (e) { err = e.name } err");
  EXPECT_TRUE(r.success);
}

TEST(Console, PrimitivesAreFormattedWithoutLoadingTheJavaScriptHalf) {
  auto r = run("console.log('s', 1.5, -0, 10n, null, undefined, true); console.log('100%'); console.log('%d%%', 5)");
  EXPECT_EQ(r.logs, (std::vector<std::string>{"s 1.5 -0 10n null undefined true", "100%", "5%"}));
}

TEST(Console, RendersTheCompletionValueAsNodeWould) {
  EXPECT_EQ(run("({ a: [1, 2], s: 'x' })").output, "{ a: [ 1, 2 ], s: 'x' }");
  EXPECT_EQ(run("'str'").output, "'str'");
}

TEST(Console, GroupCountAndAssert) {
  auto r = run("console.group('g'); console.log('in'); console.groupEnd(); console.log('out');"
               "console.count(); console.count(); console.assert(1 === 2, 'nope')");
  EXPECT_EQ(r.logs, (std::vector<std::string>{"g", "  in", "out", "default: 1", "default: 2"}));
  EXPECT_EQ(r.err, std::vector<std::string>{"Assertion failed: nope"});
}

}  // namespace llmos::kernel
