// src/pyworker: the host side against the real worker: storage shared with JavaScript in the
// same artifact namespace, output as it happens, the status of init-python, and helpers.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "executor/executor.hpp"
#include "pyworker/host/python_host.hpp"

namespace {

namespace fs = std::filesystem;
using namespace llmos;
using nlohmann::json;

class PyHost : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("llmos-pyhost-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  executor::ExecOptions options(const std::string& artifact) {
    executor::ExecOptions o;
    o.artifact_id = artifact;
    o.data_dir = dir_.string();
    return o;
  }
  fs::path dir_;
};

TEST_F(PyHost, StorageIsSharedWithJavaScriptInTheSameArtifactNamespace) {
  auto js = executor::execute_javascript("await LLMOS.storage.set('shared', {from: 'js', n: [1, 2]}); 1", options("a1"));
  ASSERT_TRUE(js.result.success) << js.result.to_json();
  auto py = executor::execute_python_code(
      "import llmos\nv = llmos.storage.get('shared')\nllmos.storage.set('back', {'from': 'py', 'seen': v})\nv",
      options("a1"));
  ASSERT_TRUE(py.result.success) << py.result.to_json();
  EXPECT_EQ(json::parse(py.result.output_json), json::parse(R"({"from":"js","n":[1,2]})"));
  auto js2 = executor::execute_javascript("await LLMOS.storage.get('back')", options("a1"));
  ASSERT_TRUE(js2.result.success) << js2.result.to_json();
  EXPECT_EQ(json::parse(js2.result.output_json), json::parse(R"({"from":"py","seen":{"from":"js","n":[1,2]}})"));
  // Another artifact sees nothing of it.
  auto other = executor::execute_python_code("import llmos\nllmos.storage.get('shared')", options("a2"));
  ASSERT_TRUE(other.result.success);
  EXPECT_EQ(other.result.output_json, "null");
}

TEST_F(PyHost, StorageQuotaIsALimitError) {
  // A value over 8 MB as JSON.
  auto py = executor::execute_python_code("import llmos\nllmos.storage.set('big', 'x' * (9 << 20))", options("q"));
  ASSERT_FALSE(py.result.success);
  ASSERT_TRUE(py.result.error);
  EXPECT_EQ(py.result.error->kind, ErrorKind::kLimit) << py.result.to_json().substr(0, 500);
  EXPECT_EQ(py.result.error->name, "LimitError");
}

TEST_F(PyHost, OutputArrivesAsItHappensAndStatusTurnsReady) {
  std::vector<std::string> seen;
  auto o = options("out");
  o.listener = [&seen](engine::Stream s, std::string_view line) {
    seen.push_back((s == engine::Stream::kLog ? "log:" : "err:") + std::string(line));
  };
  o.render_output = true;
  auto py = executor::execute_python_code("import sys\nprint('a')\nprint('b', file=sys.stderr)\n[1, 'x']", o);
  ASSERT_TRUE(py.result.success) << py.result.to_json();
  EXPECT_EQ(seen, (std::vector<std::string>{"log:a", "err:b"}));
  EXPECT_EQ(py.output_text, "[1, 'x']");
  EXPECT_FALSE(py.output_is_undefined);
  EXPECT_EQ(py.result.language, "python");
  EXPECT_EQ(py.result.artifact_id, "out");
  const auto state = pyworker::PythonHost::instance().state();
  EXPECT_EQ(state.status, "ready");
  EXPECT_EQ(state.sandbox.rfind("full:", 0), 0u) << state.sandbox;
}

TEST_F(PyHost, EveryRunIsAFreshInterpreter) {
  auto a = executor::execute_python_code("import numpy\nnumpy.leaked = 1\nglobal_x = 5\n1", options("f"));
  ASSERT_TRUE(a.result.success);
  auto b = executor::execute_python_code("import numpy\n[hasattr(numpy, 'leaked'), 'global_x' in globals()]", options("f"));
  ASSERT_TRUE(b.result.success) << b.result.to_json();
  EXPECT_EQ(b.result.output_json, "[false,false]");
}

TEST_F(PyHost, WorkerKilledFromOutsideRestartsOnTheNextRun) {
  ASSERT_TRUE(executor::execute_python_code("1", options("r")).result.success);
  const pid_t w = pyworker::PythonHost::instance().worker_pid();
  ASSERT_GT(w, 0);
  ::kill(w, SIGKILL);
  auto first = executor::execute_python_code("2", options("r"));
  if (!first.result.success) {  // it may notice the death on this run
    ASSERT_TRUE(first.result.error);
    EXPECT_EQ(first.result.error->kind, ErrorKind::kInternal) << first.result.to_json();
  }
  auto again = executor::execute_python_code("3", options("r"));
  EXPECT_TRUE(again.result.success) << again.result.to_json();
  EXPECT_NE(pyworker::PythonHost::instance().worker_pid(), w);
}

}  // namespace
