#include "eval_fixture.hpp"

namespace llmos::engine::testing {

TEST_F(EvalTest, CompletionValues) {
  expect("2+2", "ok", "4");
  expect("'Done!'", "ok", "\"Done!\"");
  expect("const x = 10; x * 2;", "ok", "20");
  expect("let a = 1; if (a) { 'yes' } else { 'no' }", "ok", "\"yes\"");
  expect("undefined", "ok", "null");
  expect("", "ok", "null");
  expect("function f() {}", "ok", "null");
  expect("[1, 'a', null, true]", "ok", "[1,\"a\",null,true]");
}

TEST_F(EvalTest, FinalBlockThatParsesAsAnObjectIsTheObject) {
  expect("const a = 1, b = 2;\n{ a, b }", "ok", "{\"a\":1,\"b\":2}");
  expect("const a = 1, b = 2;\n{ a, b };", "ok", "{\"a\":1,\"b\":2}");
  expect("{ x: 1, y: [2] }", "ok", "{\"x\":1,\"y\":[2]}");
  expect("const q = 3\n{ q }", "ok", "{\"q\":3}");
  expect("{}", "ok", "{}");
  // Blocks that are not object literals keep their statement meaning.
  expect("let n = 0; { n += 5; n }", "ok", "5");
  expect("let s = 0; for (let i = 0; i < 3; i++) { s += i }", "ok", "3");
  expect("let t = 1; if (t) { 7 }", "ok", "7");
  expect("const o = { a: 1 }; o", "ok", "{\"a\":1}");
}

TEST_F(EvalTest, TopLevelAwaitKeepsTheCompletionValue) {
  expect("const v = await Promise.resolve(41); v + 1", "ok", "42");
  expect("const id = 1, value = 2;\nconst config = await Promise.resolve({ k: 'v' });\n{ id, value, config };",
         "ok", "{\"id\":1,\"value\":2,\"config\":{\"k\":\"v\"}}");
  expect("await null; 'after'", "ok", "\"after\"");
}

TEST_F(EvalTest, StrictMode) {
  expect("undeclared = 1", "runtime", "ReferenceError: undeclared is not defined");
  expect("(function () { return this })()", "ok", "null");
  expect("with ({}) {}", "syntax", "SyntaxError");
}

TEST_F(EvalTest, ErrorsCarryNameMessageAndPosition) {
  const auto ev = run_engine("const x = 10;\n  y = x + 5;");
  ASSERT_TRUE(ev.result.error);
  const ErrorInfo& e = *ev.result.error;
  EXPECT_EQ(e.name, "ReferenceError");
  EXPECT_EQ(e.message, "ReferenceError: y is not defined");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 3);
  EXPECT_EQ(e.kind, ErrorKind::kRuntime);
  EXPECT_EQ(e.stack.rfind("ReferenceError: y is not defined\n", 0), 0u);
}

TEST_F(EvalTest, ErrorInsideAFunctionPointsAtTheThrow) {
  const auto ev = run_engine("function f() {\n  return g();\n}\nfunction g() {\n  throw new TypeError('bad');\n}\nf();");
  ASSERT_TRUE(ev.result.error);
  EXPECT_EQ(ev.result.error->message, "TypeError: bad");
  EXPECT_EQ(ev.result.error->line, 5);
  EXPECT_NE(ev.result.error->stack.find("at g"), std::string::npos);
  EXPECT_NE(ev.result.error->stack.find("at f"), std::string::npos);
}

TEST_F(EvalTest, SyntaxErrorsPointIntoTheSource) {
  const auto ev = run_engine("const a = 1;\nconst b = ;\n");
  ASSERT_TRUE(ev.result.error);
  EXPECT_EQ(ev.result.error->kind, ErrorKind::kSyntax);
  EXPECT_EQ(ev.result.error->name, "SyntaxError");
  EXPECT_EQ(ev.result.error->line, 2);
  EXPECT_EQ(ev.result.error->column, 11);
}

TEST_F(EvalTest, PositionsAfterTheObjectLiteralRewriteAreOriginal) {
  const auto ev = run_engine("const a = 1;\n{ a, b: missing }");
  ASSERT_TRUE(ev.result.error);
  EXPECT_EQ(ev.result.error->message, "ReferenceError: missing is not defined");
  EXPECT_EQ(ev.result.error->line, 2);
  EXPECT_EQ(ev.result.error->column, 9);
}

TEST_F(EvalTest, ThrownNonErrors) {
  expect("throw 'boom'", "runtime", "Uncaught: boom");
  expect("throw 42", "runtime", "Uncaught: 42");
  expect("throw { code: 7 }", "runtime", "Uncaught: {\"code\":7}");
  expect("throw null", "runtime", "Uncaught: null");
}

TEST_F(EvalTest, RejectionsFailTheRun) {
  expect("await Promise.reject(new RangeError('no'))", "runtime", "RangeError: no");
  expect("Promise.reject(new Error('unhandled')); 1", "runtime", "Error: unhandled");
  expect("const p = Promise.reject(new Error('x')); p.catch(() => {}); 'handled'", "ok", "\"handled\"");
  expect("(async () => { throw new Error('in async') })(); 2", "runtime", "Error: in async");
}

TEST_F(EvalTest, AwaitThatNeverSettlesIsAnError) {
  expect("await new Promise(() => {})", "runtime", "can never settle");
}

TEST_F(EvalTest, TimeLimitCoversLoopsJobsAndConversion) {
  Limits l;
  l.timeout_ms = 100;
  expect("while (true) {}", "timeout", "time limit of 100 ms", l);
  expect("for (;;) { try { while (true) {} } catch (e) {} }", "timeout", "TimeoutError", l);
  expect("async function spin() { for (;;) await null; } await spin();", "timeout", "TimeoutError", l);
  expect("function loop() { Promise.resolve().then(loop) } loop(); 1", "timeout", "TimeoutError", l);
  expect("({ get x() { for (;;) {} } })", "timeout", "TimeoutError", l);
  expect("const p = new Proxy({}, { ownKeys() { for (;;) {} } }); p", "timeout", "TimeoutError", l);
}

TEST_F(EvalTest, MemoryLimit) {
  Limits l;
  l.memory_bytes = 8 << 20;
  expect("const a = []; for (;;) a.push(new Array(10000).fill(7));", "memory", "out of memory", l);
  expect("let s = 'x'; for (;;) s += s;", "memory", "", l);
  // Catching the error does not help: the limit holds and the loop then times out.
  l.timeout_ms = 300;
  expect("const keep = []; for (;;) { try { keep.push(new Array(1e5).fill(1)) } catch (e) {} }",
         "timeout", "TimeoutError", l);
}

TEST_F(EvalTest, StackOverflow) {
  expect("function f() { return f() + 1 } f()", "stack", "stack overflow");
  expect("const o = {}; o.toString = function () { return String(this) }; String(o)", "stack", "");
}

TEST_F(EvalTest, ErrorThrownAsTheCompletionConversionFails) {
  expect("({ get bad() { throw new Error('getter') } })", "runtime", "Error: getter");
  expect("new Proxy({}, { ownKeys() { throw new TypeError('trap') } })", "runtime", "TypeError: trap");
}

TEST_F(EvalTest, ExecutionTimeAndMemoryAreReported) {
  const auto ev = run_engine("const a = new Array(1000).fill('x'); a.length");
  EXPECT_TRUE(ev.result.success);
  EXPECT_GT(ev.result.execution_time_ms, 0);
  EXPECT_GT(ev.result.memory_used, 10000u);
}

}  // namespace llmos::engine::testing
