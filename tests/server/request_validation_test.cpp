#include "server/request_validation.hpp"

#include <gtest/gtest.h>

#include <string>

namespace llmos::server {
namespace {

ExecuteRequest ok(std::string_view body) {
  auto r = parse_execute_request(body);
  if (auto* e = std::get_if<RequestError>(&r)) ADD_FAILURE() << body << " -> " << e->message;
  return std::holds_alternative<ExecuteRequest>(r) ? std::get<ExecuteRequest>(r) : ExecuteRequest{};
}

// The error's message, which must mention `needle`.
std::string bad(std::string_view body, const std::string& needle) {
  auto r = parse_execute_request(body);
  if (!std::holds_alternative<RequestError>(r)) {
    ADD_FAILURE() << body << " was accepted";
    return {};
  }
  const RequestError& e = std::get<RequestError>(r);
  EXPECT_EQ(e.status, 400);
  EXPECT_NE(e.message.find(needle), std::string::npos) << "message: " << e.message;
  return e.message;
}

TEST(RequestValidation, MinimalRequestGetsTheDefaults) {
  const ExecuteRequest r = ok(R"J({"code": "2+2"})J");
  EXPECT_EQ(r.code, "2+2");
  EXPECT_EQ(r.language, executor::Language::kJavaScript);
  EXPECT_EQ(r.artifact_id, "default");
  EXPECT_EQ(r.timeout_ms, 5000);
  EXPECT_EQ(r.memory_limit_mb, 128);
}

TEST(RequestValidation, EveryField) {
  const ExecuteRequest r = ok(
      R"J({"code": "print(1)", "language": "python", "artifactId": "calc",
          "options": {"timeoutMs": 60000, "memoryLimitMb": 1024}})J");
  EXPECT_EQ(r.language, executor::Language::kPython);
  EXPECT_EQ(r.artifact_id, "calc");
  EXPECT_EQ(r.timeout_ms, 60000);
  EXPECT_EQ(r.memory_limit_mb, 1024);
}

TEST(RequestValidation, LanguageAliasesAndAuto) {
  EXPECT_EQ(ok(R"J({"code": "1", "language": "js"})J").language, executor::Language::kJavaScript);
  EXPECT_EQ(ok(R"J({"code": "1", "language": "py"})J").language, executor::Language::kPython);
  EXPECT_EQ(ok(R"J({"code": "import math\nprint(math.pi)", "language": "auto"})J").language,
            executor::Language::kPython);
  EXPECT_EQ(ok(R"J({"code": "const x = 1; console.log(x);", "language": "auto"})J").language,
            executor::Language::kJavaScript);
}

TEST(RequestValidation, IntegralFloatsAreWholeNumbers) {
  EXPECT_EQ(ok(R"J({"code": "1", "options": {"timeoutMs": 250.0}})J").timeout_ms, 250);
  EXPECT_EQ(ok(R"J({"code": "1", "options": null})J").timeout_ms, 5000);
}

TEST(RequestValidation, EmptyAndMalformedBodies) {
  bad("", "empty");
  bad("{\"code\": ", "not valid JSON");
  bad("{'code': '1'}", "not valid JSON");
  bad("[1, 2]", "must be a JSON object");
  bad("\"2+2\"", "must be a JSON object");
  bad("null", "must be a JSON object");
  // Numbers a double cannot hold: nlohmann throws out_of_range, not parse_error (found by
  // tests/fuzz/request_fuzz.cpp; it escaped the route as a 500).
  bad(R"J({"code": "1", "options": {"timeoutMs": 1e999}})J", "number overflow parsing '1e999'");
  bad("-1e400", "not valid JSON");
}

TEST(RequestValidation, NotUtf8) {
  bad(std::string("{\"code\": \"\xff\"}"), "not valid UTF-8 (at byte 10)");
  bad(std::string("{\"code\": \"\xed\xa0\x80\"}"), "not valid UTF-8");  // a surrogate, CESU-8
  bad(R"J({"code": "\ud800"})J", "not valid JSON");                       // a lone surrogate escape
}

TEST(RequestValidation, MissingOrMistypedCode) {
  bad("{}", "no 'code'");
  bad(R"J({"language": "javascript"})J", "no 'code'");
  bad(R"J({"code": 42})J", "'code' must be a string, not a number");
  bad(R"J({"code": null})J", "'code' must be a string, not null");
  bad(R"J({"code": ["2+2"]})J", "not an array");
}

TEST(RequestValidation, WrongTypes) {
  bad(R"J({"code": "1", "language": 1})J", "'language' must be a string");
  bad(R"J({"code": "1", "artifactId": 7})J", "'artifactId' must be a string");
  bad(R"J({"code": "1", "artifactId": ""})J", "must not be empty");
  bad(R"J({"code": "1", "artifactId": "a\nb"})J", "control characters");
  bad(R"J({"code": "1", "options": 5})J", "'options' must be an object");
  bad(R"J({"code": "1", "options": {"timeoutMs": "100"}})J", "whole number from 1 to 60000 ms, not a string");
  bad(R"J({"code": "1", "options": {"timeoutMs": true}})J", "not a boolean");
  bad(R"J({"code": "1", "options": {"timeoutMs": 1.5}})J", "whole number");
  bad(R"J({"code": "1", "artifactId": ")J" + std::string(257, 'a') + "\"}", "longer than 256");
}

TEST(RequestValidation, UnknownLanguageAndFields) {
  bad(R"J({"code": "1", "language": "ruby"})J", "unknown language 'ruby'");
  bad(R"J({"code": "1", "lang": "js"})J", "unknown field 'lang'");
  bad(R"J({"code": "1", "options": {"timeout": 5}})J", "unknown option 'timeout'");
}

TEST(RequestValidation, OptionsOutOfRange) {
  bad(R"J({"code": "1", "options": {"timeoutMs": 0}})J", "from 1 to 60000 ms (got 0)");
  bad(R"J({"code": "1", "options": {"timeoutMs": 60001}})J", "(got 60001)");
  bad(R"J({"code": "1", "options": {"timeoutMs": -5}})J", "(got -5)");
  bad(R"J({"code": "1", "options": {"timeoutMs": 1e300}})J", "timeoutMs");
  bad(R"J({"code": "1", "options": {"memoryLimitMb": 0}})J", "from 1 to 1024 MB (got 0)");
  bad(R"J({"code": "1", "options": {"memoryLimitMb": 1025}})J", "(got 1025)");
  bad(R"J({"code": "1", "options": {"memoryLimitMb": 18446744073709551615}})J", "memoryLimitMb");
  EXPECT_EQ(ok(R"J({"code": "1", "options": {"timeoutMs": 1, "memoryLimitMb": 1}})J").memory_limit_mb, 1);
}

TEST(RequestValidation, ConfiguredLimits) {
  RequestLimits limits;
  limits.max_timeout_ms = 1000;
  auto r = parse_execute_request(R"J({"code": "1", "options": {"timeoutMs": 2000}})J", limits);
  ASSERT_TRUE(std::holds_alternative<RequestError>(r));
  EXPECT_NE(std::get<RequestError>(r).message.find("1 to 1000 ms"), std::string::npos);
}

}  // namespace
}  // namespace llmos::server
