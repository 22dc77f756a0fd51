// Runs every tests/js/*.js and tests/hostile/js/*.js artifact through the executor and checks
// the result against the expectation in the file's header:
//   // expect: {"success": false, "error": {"kind": "timeout"}}   (a subset of the result JSON)
//   // options: {"timeoutMs": 300, "memoryLimitMb": 16, "artifactId": "x", "dataDir": true}
// ("dataDir": true runs the artifact with a fresh data dir of its own, removed afterwards.)
//   // expect-sanitized: {...}   replaces `expect` in the ASan+UBSan build, for the few
// artifacts whose outcome depends on the size of native stack frames (which ASan triples): the
// same bounded outcome is then reached by another limit first.

// A value {"$regex": "..."} in the expectation matches strings; {"$type": "string"} matches any
// value of that JSON type; {"$below": N} any number less than N; arrays must match element by element and in length.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "executor/executor.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const char* dir : {"js", "hostile/js"}) {
    const fs::path root = fs::path(LLMOS_TESTS_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::directory_iterator(root))
      if (e.path().extension() == ".js") files.push_back(fs::relative(e.path(), LLMOS_TESTS_DIR).string());
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

// Empty when `actual` matches `expected`; otherwise where and why not.
std::string describe_mismatch(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object() && expected.contains("$regex")) {
    if (!actual.is_string()) return path + ": expected a string matching " + expected["$regex"].dump() + ", got " + actual.dump();
    if (!std::regex_search(actual.get<std::string>(), std::regex(expected["$regex"].get<std::string>())))
      return path + ": " + actual.dump().substr(0, 300) + " does not match " + expected["$regex"].dump();
    return {};
  }
  if (expected.is_object() && expected.contains("$below")) {
    if (!actual.is_number() || !(actual.get<double>() < expected["$below"].get<double>()))
      return path + ": expected a number below " + expected["$below"].dump() + ", got " + actual.dump();
    return {};
  }
  if (expected.is_object() && expected.contains("$type")) {
    if (type_name(actual) != expected["$type"]) return path + ": expected type " + expected["$type"].dump() + ", got " + actual.dump();
    return {};
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

// Every file runs twice: in this process, and in a sandboxed worker process (llmos serve's
// default), which must give the same result.
using CorpusCase = std::tuple<std::string, llmos::executor::Isolation>;
class JsCorpus : public testing::TestWithParam<CorpusCase> {};

TEST_P(JsCorpus, GivesTheStatedResult) {
  const auto& [name, isolation] = GetParam();
  const fs::path file = fs::path(LLMOS_TESTS_DIR) / name;
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string code = ss.str();

  json expected, sanitized, options = json::object();
  std::istringstream lines(code);
  std::string line;
  while (std::getline(lines, line) && line.rfind("//", 0) == 0) {
    if (line.rfind("// expect:", 0) == 0) expected = json::parse(line.substr(10));
    else if (line.rfind("// options:", 0) == 0) options = json::parse(line.substr(11));
    else if (line.rfind("// expect-sanitized:", 0) == 0) sanitized = json::parse(line.substr(20));
  }
#if defined(__SANITIZE_ADDRESS__)
  if (!sanitized.is_null()) expected = sanitized;
#endif
  ASSERT_FALSE(expected.is_null()) << name << " has no '// expect:' header line";

  llmos::executor::ExecOptions opt;
  opt.filename = file.filename().string();
  opt.isolation = isolation;
  if (isolation == llmos::executor::Isolation::kProcess) llmos::executor::enable_js_workers({.workers = 1});
  if (options.contains("timeoutMs")) opt.limits.timeout_ms = options["timeoutMs"];
  if (options.contains("memoryLimitMb")) opt.limits.memory_bytes = options["memoryLimitMb"].get<std::size_t>() << 20;
  if (options.contains("artifactId")) opt.artifact_id = options["artifactId"];
  struct TempDataDir {
    fs::path path;
    ~TempDataDir() {
      std::error_code ec;
      if (!path.empty()) fs::remove_all(path, ec);
    }
  } data_dir;
  if (options.value("dataDir", false)) {
    // Not created here: storage creates it on first use.
    data_dir.path = fs::temp_directory_path() /
                    ("llmos-js-corpus-" + std::to_string(::getpid()) + "-" + file.stem().string());
    std::error_code ec;
    fs::remove_all(data_dir.path, ec);
    opt.data_dir = data_dir.path.string();
  }
  const auto ex = llmos::executor::execute_javascript(code, opt);
  const json actual = json::parse(ex.result.to_json());
  const std::string m = describe_mismatch(expected, actual, "result");
  EXPECT_TRUE(m.empty()) << name << ": " << m << "\nfull result: " << actual.dump().substr(0, 2000);
}

std::string test_name(const testing::TestParamInfo<CorpusCase>& info) {
  std::string n = std::get<0>(info.param);
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n + (std::get<1>(info.param) == llmos::executor::Isolation::kProcess ? "_in_worker" : "");
}

INSTANTIATE_TEST_SUITE_P(Files, JsCorpus,
                         testing::Combine(testing::ValuesIn(corpus_files()),
                                          testing::Values(llmos::executor::Isolation::kNone,
                                                          llmos::executor::Isolation::kProcess)),
                         test_name);

}  // namespace
