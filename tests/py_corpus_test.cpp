// Runs every tests/py/*.py and tests/hostile/py/*.py artifact through the executor (the sandboxed
// CPython worker) and checks the result against the file's header, as js_corpus_test does:
//   # expect: {"success": false, "error": {"kind": "timeout"}}   (a subset of the result JSON)
//   # options: {"timeoutMs": 1000, "memoryLimitMb": 64, "artifactId": "x", "dataDir": true}
//   # host: {"secretFile": true, "writeTarget": true, "tcpListener": true, "envSecret": true}
// `host` asks the test to prepare something on the host that the artifact must not reach, and
// to check afterwards that it was not reached:
//   secretFile   a file outside the scratch dir ({{SECRET_FILE}}) whose content must not appear
//                in the result
//   writeTarget  a path ({{WRITE_TARGET}}) in a directory root can write: it must not exist after
//   tcpListener  a listening socket on 127.0.0.1:{{PORT}}: nobody may have connected
//   envSecret    LLMOS_TEST_SECRET set in the host's environment: its value must not appear
// After every artifact: the worker still serves a run, and it has no more children than its
// pool of prepared sandboxes (nothing the artifact started is left).
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "executor/executor.hpp"
#include "pyworker/host/python_host.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const char* dir : {"py", "hostile/py"}) {
    const fs::path root = fs::path(LLMOS_TESTS_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::directory_iterator(root))
      if (e.path().extension() == ".py") files.push_back(fs::relative(e.path(), LLMOS_TESTS_DIR).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "boolean";
    case json::value_t::string: return "string";
    case json::value_t::array: return "array";
    case json::value_t::object: return "object";
    default: return "number";
  }
}

// Empty when `actual` matches `expected` (same rules as js_corpus_test, plus {"$oneOf": [...]}).
std::string describe_mismatch(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object() && expected.contains("$regex")) {
    if (!actual.is_string()) return path + ": expected a string matching " + expected["$regex"].dump() + ", got " + actual.dump();
    if (!std::regex_search(actual.get<std::string>(), std::regex(expected["$regex"].get<std::string>())))
      return path + ": " + actual.dump().substr(0, 300) + " does not match " + expected["$regex"].dump();
    return {};
  }
  if (expected.is_object() && expected.contains("$type")) {
    if (type_name(actual) != expected["$type"]) return path + ": expected type " + expected["$type"].dump() + ", got " + actual.dump();
    return {};
  }
  if (expected.is_object() && expected.contains("$oneOf")) {
    for (const auto& alt : expected["$oneOf"])
      if (describe_mismatch(alt, actual, path).empty()) return {};
    return path + ": " + actual.dump().substr(0, 300) + " is none of " + expected["$oneOf"].dump();
  }
  if (expected.is_object()) {
    if (!actual.is_object()) return path + ": expected an object, got " + actual.dump().substr(0, 300);
    for (const auto& [k, v] : expected.items()) {
      if (!actual.contains(k)) return path + "." + k + ": missing";
      if (auto m = describe_mismatch(v, actual[k], path + "." + k); !m.empty()) return m;
    }
    return {};
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size())
      return path + ": expected " + expected.dump().substr(0, 300) + ", got " + actual.dump().substr(0, 300);
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (auto m = describe_mismatch(expected[i], actual[i], path + "[" + std::to_string(i) + "]"); !m.empty()) return m;
    return {};
  }
  if (expected.is_number() && actual.is_number()) {
    if (expected.get<double>() != actual.get<double>()) return path + ": expected " + expected.dump() + ", got " + actual.dump();
    return {};
  }
  if (expected != actual) return path + ": expected " + expected.dump() + ", got " + actual.dump().substr(0, 300);
  return {};
}

std::string random_token() {
  std::random_device rd;
  std::mt19937_64 g(rd());
  std::ostringstream s;
  s << std::hex << g() << g();
  return s.str();
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// The worker's children (prepared sandboxes and anything still running).
int children_of(pid_t parent) {
  int n = 0;
  for (const auto& e : fs::directory_iterator("/proc")) {
    const std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream st(e.path() / "stat");
    std::string line;
    if (!std::getline(st, line)) continue;
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state;
    long ppid;
    if (rest >> state >> ppid && ppid == parent) ++n;
  }
  return n;
}

class PyCorpus : public testing::TestWithParam<std::string> {};

TEST_P(PyCorpus, GivesTheStatedResultAndLeavesTheHostAlone) {
  const fs::path file = fs::path(LLMOS_TESTS_DIR) / GetParam();
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string code = ss.str();

  json expected, options = json::object(), host = json::object();
  std::istringstream lines(code);
  std::string line;
  while (std::getline(lines, line) && line.rfind("#", 0) == 0) {
    if (line.rfind("# expect:", 0) == 0) expected = json::parse(line.substr(9));
    else if (line.rfind("# options:", 0) == 0) options = json::parse(line.substr(10));
    else if (line.rfind("# host:", 0) == 0) host = json::parse(line.substr(7));
  }
  ASSERT_FALSE(expected.is_null()) << GetParam() << " has no '# expect:' header line";

  const fs::path tmp = fs::temp_directory_path() / ("llmos-py-corpus-" + std::to_string(::getpid()) + "-" + file.stem().string());
  std::error_code ec;
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp);
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code e;
      fs::remove_all(p, e);
    }
  } cleanup{tmp};

  const std::string secret = "llmos-secret-" + random_token();
  if (host.value("secretFile", false)) {
    const fs::path f = tmp / "secret.txt";
    std::ofstream(f) << secret << "\n";
    replace_all(code, "{{SECRET_FILE}}", f.string());
  }
  const fs::path write_target = tmp / "written-by-artifact.txt";
  if (host.value("writeTarget", false)) replace_all(code, "{{WRITE_TARGET}}", write_target.string());
  int listener = -1;
  if (host.value("tcpListener", false)) {
    listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    ASSERT_EQ(::listen(listener, 8), 0);
    socklen_t len = sizeof a;
    ::getsockname(listener, reinterpret_cast<sockaddr*>(&a), &len);
    replace_all(code, "{{PORT}}", std::to_string(ntohs(a.sin_port)));
  }
  if (host.value("envSecret", false)) ::setenv("LLMOS_TEST_SECRET", secret.c_str(), 1);
  replace_all(code, "{{HOST_PID}}", std::to_string(::getpid()));

  llmos::executor::ExecOptions opt;
  opt.filename = file.filename().string();
  opt.limits.timeout_ms = options.value("timeoutMs", 3000);
  if (options.contains("memoryLimitMb")) opt.limits.memory_bytes = options["memoryLimitMb"].get<std::size_t>() << 20;
  if (options.contains("artifactId")) opt.artifact_id = options["artifactId"];
  if (options.value("dataDir", false)) opt.data_dir = (tmp / "data").string();

  // Each ctest case is its own process: start the worker first, so the time measured below is
  // the run's own (the time limit starts when the request is sent, not when the worker starts).
  ASSERT_TRUE(llmos::executor::wait_python_ready(std::chrono::seconds(60)));
  const auto t0 = std::chrono::steady_clock::now();
  const auto ex = llmos::executor::execute_python_code(code, opt);
  const double took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  const std::string text = ex.result.to_json();
  const json actual = json::parse(text);
  const std::string m = describe_mismatch(expected, actual, "result");
  EXPECT_TRUE(m.empty()) << GetParam() << ": " << m << "\nfull result: " << actual.dump().substr(0, 3000);
  // The time limit holds, whatever the artifact does (signals ignored, forks, loops in C).
  EXPECT_LT(took, static_cast<double>(opt.limits.timeout_ms) + 1500) << GetParam();

  if (host.value("secretFile", false) || host.value("envSecret", false)) {
    EXPECT_EQ(text.find(secret), std::string::npos) << GetParam() << ": the secret reached the artifact";
  }
  if (host.value("envSecret", false)) ::unsetenv("LLMOS_TEST_SECRET");
  if (host.value("writeTarget", false)) {
    EXPECT_FALSE(fs::exists(write_target)) << GetParam() << ": the artifact wrote outside its scratch dir";
  }
  if (listener >= 0) {
    const int c = ::accept(listener, nullptr, nullptr);
    EXPECT_LT(c, 0) << GetParam() << ": the artifact connected to a host TCP listener";
    if (c >= 0) ::close(c);
    ::close(listener);
  }

  // The worker survived and nothing the artifact started is left: only the prepared sandboxes
  // (2) and perhaps the replacement being forked.
  const auto again = llmos::executor::execute_python_code("6*7", {});
  EXPECT_TRUE(again.result.success) << GetParam() << ": the worker does not serve a run after it: " << again.result.to_json();
  const pid_t worker = llmos::pyworker::PythonHost::instance().worker_pid();
  ASSERT_GT(worker, 0);
  int kids = children_of(worker);
  for (int i = 0; i < 50 && kids > 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    kids = children_of(worker);
  }
  EXPECT_LE(kids, 2) << GetParam() << ": the worker has " << kids << " children after the run";
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
  std::string n = info.param;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(Files, PyCorpus, testing::ValuesIn(corpus_files()), test_name);

}  // namespace
