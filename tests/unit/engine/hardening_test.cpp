#include "eval_fixture.hpp"

namespace llmos::engine::testing {

TEST_F(EvalTest, NoEvalByAnyRoute) {
  expect("eval('1')", "runtime", "ReferenceError: eval is not defined");
  expect("globalThis.eval", "ok", "null");
  expect("(0, globalThis['ev' + 'al'])", "ok", "null");
}

TEST_F(EvalTest, NoFunctionConstructorByAnyRoute) {
  expect("Function('return 1')()", "runtime", "EvalError");
  expect("new Function('return 1')", "runtime", "EvalError");
  expect("(function () {}).constructor('return 1')", "runtime", "EvalError");
  expect("(async function () {}).constructor('return 1')", "runtime", "EvalError");
  expect("(function* () {}).constructor('yield 1')", "runtime", "EvalError");
  expect("(async function* () {}).constructor('yield 1')", "runtime", "EvalError");
  expect("(() => {}).constructor('return 1')", "runtime", "EvalError");
  expect("(class {}).constructor('return 1')", "runtime", "EvalError");
  expect("Reflect.construct(Function, ['return 1'])", "runtime", "EvalError");
  expect("Object.getPrototypeOf(async () => {}).constructor('1')", "runtime", "EvalError");
  expect("Function.prototype.constructor.call(null, 'return 1')", "runtime", "EvalError");
  // What the replacement keeps working.
  expect("(function () {}) instanceof Function", "ok", "true");
  expect("typeof Function.prototype.call", "ok", "\"function\"");
}

TEST_F(EvalTest, NoHostObjectsOrModules) {
  expect("[typeof window, typeof document, typeof localStorage, typeof fetch, typeof require]", "ok",
         "[\"undefined\",\"undefined\",\"undefined\",\"undefined\",\"undefined\"]");
  expect("[typeof XMLHttpRequest, typeof WebSocket, typeof std, typeof os, typeof process]", "ok",
         "[\"undefined\",\"undefined\",\"undefined\",\"undefined\",\"undefined\"]");
  expect("[typeof SharedArrayBuffer, typeof Atomics]", "ok", "[\"undefined\",\"undefined\"]");
  expect("await import('os')", "runtime", "modules are not available");
  expect("import fs from 'fs'", "syntax", "SyntaxError");
}

}  // namespace llmos::engine::testing
