// The unified executor (executor/executor.hpp): the seed's entry points, the checks made before
// anything runs, the stdlib in every context, and host bindings.
#include <gtest/gtest.h>

#include <chrono>
#include <stop_token>
#include <thread>

#include <nlohmann/json.hpp>

#include "engine/sandbox.hpp"
#include "executor/context_pool.hpp"
#include "executor/executor.hpp"
#include "kernel/stdlib.hpp"

namespace llmos::executor {
namespace {

using nlohmann::json;

json run(std::string_view code, const ExecOptions& opt = {}) {
  return json::parse(execute_javascript(code, opt).result.to_json());
}

// What keeps an idle pooled sandbox small: Date and the typed arrays (13 KB) are not made until
// an artifact uses them, and nothing llmos installs uses them.
TEST(ContextPool, AnIdleSandboxHasNeitherDateNorTheTypedArrays) {
  PreparedSandbox prepared(kernel::embedded_stdlib());
  ASSERT_FALSE(prepared.error().has_value()) << *prepared.error();
  EXPECT_EQ(JS_GetRealizedIntrinsics(prepared.sandbox().context().get()), 0);
}

TEST(Executor, ExecuteArtifactInTheSeedsFormStampsTheArtifact) {
  const Execution ex = execute_artifact("2 + 2", Language::kJavaScript, "calc", ExecOptions{});
  EXPECT_TRUE(ex.result.success);
  EXPECT_EQ(ex.result.output_json, "4");
  EXPECT_EQ(ex.result.artifact_id, "calc");
  EXPECT_EQ(ex.result.language, "javascript");
}

TEST(Executor, PythonRunsInTheSandboxedWorker) {
  ExecOptions opt;
  opt.artifact_id = "py";
  for (const Execution& ex : {execute_python_code("print(1)\n2 + 3", opt),
                              execute_artifact("print(1)\n2 + 3", Language::kPython, opt)}) {
    EXPECT_TRUE(ex.result.success) << ex.result.to_json();
    EXPECT_EQ(ex.result.output_json, "5");
    EXPECT_EQ(ex.result.logs, std::vector<std::string>{"1"});
    EXPECT_EQ(ex.result.language, "python");
    EXPECT_EQ(ex.result.artifact_id, "py");
  }
}

// A caller that stops waiting (a server whose client left) ends the run long before its time
// limit, wherever it runs: in this process, in a JavaScript worker process, in Python.
TEST(Executor, AStopRequestEndsTheRunAsCancelled) {
  struct Case {
    Language language;
    Isolation isolation;
    const char* code;
  };
  for (const Case& c : {Case{Language::kJavaScript, Isolation::kNone, "while (true) {}"},
                        Case{Language::kJavaScript, Isolation::kNone, "await new Promise(() => setTimeout(() => {}, 50000))"},
                        Case{Language::kJavaScript, Isolation::kProcess, "while (true) {}"},
                        Case{Language::kPython, Isolation::kNone, "while True: pass"}}) {
    for (const bool before : {false, true}) {
      SCOPED_TRACE(std::string(c.code) + (before ? ", stopped before it starts" : ", stopped as it runs"));
      std::stop_source stop;
      ExecOptions opt;
      opt.isolation = c.isolation;
      opt.limits.timeout_ms = 60000;
      opt.stop = stop.get_token();
      if (before) stop.request_stop();
      const auto t0 = std::chrono::steady_clock::now();
      std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.request_stop();
      });
      const Execution ex = execute_artifact(c.code, c.language, opt);
      stopper.join();
      ASSERT_TRUE(ex.result.error.has_value()) << ex.result.to_json();
      EXPECT_EQ(ex.result.error->kind, ErrorKind::kTimeout);
      EXPECT_EQ(ex.result.error->message, "TimeoutError: execution was cancelled");
      EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(20));
    }
  }
  EXPECT_EQ(run("1 + 1")["output"], 2);  // nothing is left cancelled
}

TEST(Executor, OptionsOutOfRangeAreAnErrorResultNotACrash) {
  const auto expect_refused = [](ExecOptions opt, std::string_view words) {
    const Execution ex = execute_javascript("1", opt);
    ASSERT_FALSE(ex.result.success);
    EXPECT_EQ(ex.result.error->kind, ErrorKind::kInternal);
    EXPECT_NE(ex.result.error->message.find(words), std::string::npos) << ex.result.error->message;
  };
  ExecOptions opt;
  opt.limits.timeout_ms = 0;
  expect_refused(opt, "time limit");
  opt.limits.timeout_ms = kMaxTimeoutMs + 1;
  expect_refused(opt, "time limit");
  opt = {};
  opt.limits.memory_bytes = 0;  // QuickJS would read 0 as "no limit"
  expect_refused(opt, "memory limit");
  opt = {};
  opt.artifact_id = "";
  expect_refused(opt, "artifact id");
  EXPECT_TRUE(check_options(ExecOptions{}) == std::nullopt);
}

TEST(Executor, SourceTheEngineCannotTakeIsASyntaxError) {
  const std::string with_nul("1;\0 2", 5);
  json r = run(with_nul);
  EXPECT_EQ(r["error"]["kind"], "syntax");
  EXPECT_EQ(r["error"]["message"], "SyntaxError: the source contains a NUL byte (at byte 2)");
  r = run("'caf\xe9'");
  EXPECT_EQ(r["error"]["kind"], "syntax");
  EXPECT_NE(r["error"]["message"].get<std::string>().find("UTF-8"), std::string::npos);
}

TEST(Executor, EveryContextRunsTheStdlib) {
  const json r = run(R"(
    const u = LLMOS.utils;
    let frozen;
    try { LLMOS.version = '9'; frozen = false; } catch (e) { frozen = e instanceof TypeError; }
    ({ version: LLMOS.version, frozen, helpers: ['range', 'chunk', 'round', 'sum', 'mean'].map((n) => typeof u[n]),
       enumerable: Object.keys(u).filter((k) => ['range', 'chunk', 'round', 'sum', 'mean'].includes(k)) })
  )");
  EXPECT_EQ(r["output"], (json{{"version", "0.1.0"},
                               {"frozen", true},
                               {"helpers", {"function", "function", "function", "function", "function"}},
                               {"enumerable", json::array()}}));
}

TEST(Executor, TheStdlibOfTheOptionsIsTheOneThatRuns) {
  // A Stdlib that owns its bytes (as one loaded from the system volume does) and is released by
  // the caller right after the call: the execution keeps it alive while its runtime lives.
  auto bytes = std::make_shared<std::array<std::string, 2>>();
  auto lib = std::make_shared<kernel::Stdlib>();
  for (std::size_t i = 0; i < 2; ++i) {
    (*bytes)[i] = std::string(kernel::stdlib_files()[i].embedded);
    lib->bytecode[i] = (*bytes)[i];
  }
  lib->storage = bytes;
  lib->origin = "test";
  ExecOptions opt;
  opt.stdlib = std::move(lib);
  bytes.reset();
  EXPECT_EQ(run("LLMOS.utils.range(3)", opt)["output"], json::array({0, 1, 2}));
}

TEST(Executor, HostBindingsAreDefinedBeforeTheArtifact) {
  auto host = std::make_shared<HostBindings>();
  host->functions.emplace_back("twice", [](const std::string& args) {
    return "[" + args + "," + args + "]";
  });
  host->globals.emplace_back("config", R"({"depth": 2, "name": "x"})");
  ExecOptions opt;
  opt.host = host;
  const json r = run("({ t: twice(1, 'a'), c: config, kinds: [typeof twice, typeof config] })", opt);
  EXPECT_EQ(r["output"]["t"], json::parse(R"([[1,"a"],[1,"a"]])"));
  EXPECT_EQ(r["output"]["c"], json::parse(R"({"depth": 2, "name": "x"})"));
}

TEST(Executor, HostNamesAreChecked) {
  EXPECT_EQ(check_host_name("fetchWeather"), std::nullopt);
  EXPECT_EQ(check_host_name("$_x9"), std::nullopt);
  for (const char* bad : {"", "9lives", "my-fn", "a.b", "caf\xc3\xa9", "if", "class", "let", "eval", "globalThis",
                          "LLMOS", "console", "Object", "JSON", "setTimeout", "undefined", "NaN", "toString"}) {
    EXPECT_NE(check_host_name(bad), std::nullopt) << bad;
  }
  EXPECT_NE(check_host_name("LLMOS")->find("already a global"), std::string::npos);
  EXPECT_NE(check_host_name(std::string(300, 'a')), std::nullopt);
}

TEST(Executor, JsonIsChecked) {
  EXPECT_EQ(check_json(R"({"a": [1, 2, null]})"), std::nullopt);
  EXPECT_EQ(check_json("\"text\""), std::nullopt);
  for (const std::string& bad : {std::string("{a: 1}"), std::string(""), std::string("[1,]"),
                                std::string("1\0", 2), std::string("\"\xff\"")})
    EXPECT_NE(check_json(bad), std::nullopt) << bad;
}

TEST(Executor, DetectLanguage) {
  EXPECT_EQ(detect_language("a.py", "const x = 1;"), Language::kPython);
  EXPECT_EQ(detect_language("a.mjs", "print(1)"), Language::kJavaScript);
  EXPECT_EQ(detect_language("", "import numpy as np\ndef f(x):\n    return x\nprint(f(2))\n"), Language::kPython);
  EXPECT_EQ(detect_language("", "const f = (x) => x;\nconsole.log(f(2));\n"), Language::kJavaScript);
  EXPECT_EQ(to_string(Language::kPython), "python");
  // One line each way: what each language alone writes.
  for (const char* py : {"import os", "import numpy.linalg as la", "from a.b import c", "def f(x, y) -> int:",
                         "class Point(Base):", "class Empty:", "for i, j in pairs:", "if ready:", "while True:",
                         "elif x > 1:", "else:", "print('hi')", "# comment", "def f(): pass",
                         "for i in range(3): print(i)", "if x > 1: y = 2", "x = [i * i for i in range(4)]",
                         "total = sum(v for v in values)", "done = None", "ok = True", "try:", "except ValueError as e:",
                         "finally:", "pass", "raise ValueError('x')", "lambda x: x",
                         // strict JavaScript cannot assign a name it never declared
                         "passed = 1", "x: int = 5", "x = 5  # five", "len(xs)", "abs(-3)", "sorted([3, 1])",
                         "items.append(1)", "name.upper()", "assert x == 1", "del x", "global counter",
                         "with open(p) as f:", "f\"{x}\"", "print(f'{x}')"})
    EXPECT_EQ(detect_language("", py), Language::kPython) << py;
  for (const char* js : {"import x from 'y';", "const a = 1", "let b", "function f() {", "async function g() {}",
                         "class A extends B {", "export default 1", "// comment", "/* c */", "}", "x => x",
                         "console.log(1)", "LLMOS.utils.uid()", "a === b", "f();", "if (x) y = 2",
                         "for (const k in obj) f(k)", "const Nonempty = 1", "x ? a : b", "Math.max(1, 2)",
                         "[1, 2].map(String)", "class A { #x = 1; }", "s = 'a # b';"})
    EXPECT_EQ(detect_language("", js), Language::kJavaScript) << js;
  // A Python name that starts like a JavaScript keyword is not JavaScript.
  EXPECT_EQ(detect_language("", "constant = 3\nprint(constant)\n"), Language::kPython);
  EXPECT_EQ(detect_language("", ""), Language::kJavaScript);
  // Names assigned without a declaration: only Python runs that (strict mode has no implicit
  // globals); declared first, it is JavaScript, and so is a function the artifact defines.
  EXPECT_EQ(detect_language("", "a = 1\nb = 2\na + b\n"), Language::kPython);
  EXPECT_EQ(detect_language("", "let a = 1\na = 2\na\n"), Language::kJavaScript);
  EXPECT_EQ(detect_language("", "function sum(a, b) { return a + b }\nsum(1, 2)\n"), Language::kJavaScript);
  // Valid in both: JavaScript, the default.
  EXPECT_EQ(detect_language("", "2 + 2\n"), Language::kJavaScript);
}

}  // namespace
}  // namespace llmos::executor
