// libFuzzer target for the request validation of the server (src/server/request_validation.hpp):
// any body given to parse_execute_request comes back as a request within the limits or as a
// 400 with a message, and that message makes a valid JSON error body (send_json_error). The
// input's first line also goes through the header checks of http_util.hpp (Content-Type, Host).
// Each input is validated under two sets of limits: the defaults, and the smallest that still
// admit the default timeout and memory, with a server model URL (so options.fix without a url
// is accepted).
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "common/utf8.hpp"
#include "server/http_util.hpp"
#include "server/request_validation.hpp"

namespace {

using llmos::executor::Language;
using llmos::server::ExecuteRequest;
using llmos::server::RequestError;
using llmos::server::RequestLimits;
using nlohmann::json;

[[noreturn]] void fail(const char*) { __builtin_trap(); }

bool is_http_url(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

void check_error(const RequestError& err) {
  if (err.status != 400) fail("a request error that is not a 400");
  if (err.message.empty()) fail("a request error without a message");
  httplib::Response res;
  llmos::server::send_json_error(res, err.status, err.message);
  const json body = json::parse(res.body, nullptr, false);
  if (body.is_discarded()) fail("the error body is not JSON");
  if (!body.contains("error") || !body["error"].contains("message") || !body["error"]["message"].is_string())
    fail("the error body has no message");
}

// A request the validation let through must hold exactly what the body said, within the limits.
void check_request(std::string_view text, const ExecuteRequest& req, const RequestLimits& limits) {
  const json doc = json::parse(text.begin(), text.end());  // it parsed once: it must again
  if (!doc.is_object() || !doc.contains("code") || !doc["code"].is_string()) fail("accepted without code");
  if (doc["code"].get<std::string>() != req.code) fail("the code changed");
  if (!llmos::utf8::is_valid(req.code)) fail("code that is not UTF-8");
  if (req.timeout_ms < 1 || req.timeout_ms > limits.max_timeout_ms) fail("timeoutMs out of range");
  if (req.memory_limit_mb < 1 || req.memory_limit_mb > limits.max_memory_limit_mb) fail("memoryLimitMb out of range");
  if (req.artifact_id.empty() || req.artifact_id.size() > limits.max_artifact_id_bytes) fail("a bad artifactId");
  for (unsigned char c : req.artifact_id)
    if (c < 0x20 || c == 0x7f) fail("a control character in artifactId");
  if (doc.contains("language")) {
    const std::string& lang = doc["language"].get_ref<const std::string&>();
    if ((lang == "python" || lang == "py") && req.language != Language::kPython) fail("python became javascript");
    if ((lang == "javascript" || lang == "js") && req.language != Language::kJavaScript) fail("javascript became python");
  } else if (req.language != Language::kJavaScript) {
    fail("the default language is not javascript");
  }
  if (req.fix) {
    if (req.fix->max_attempts < 1 || req.fix->max_attempts > 10) fail("maxAttempts out of range");
    if (!req.fix->url.empty() && !is_http_url(req.fix->url)) fail("a fix url that is not http(s)");
    if (req.fix->url.empty() && limits.default_llm_url.empty()) fail("fix without any model url");
  }
}

void validate(std::string_view body, const RequestLimits& limits) {
  const auto parsed = llmos::server::parse_execute_request(body, limits);
  if (const auto* err = std::get_if<RequestError>(&parsed))
    check_error(*err);
  else
    check_request(body, std::get<ExecuteRequest>(parsed), limits);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  validate(body, RequestLimits{});
  RequestLimits small;
  // As small as they can be: the defaults a request without options gets are not checked
  // against the limits (the server always uses the default limits, far above them).
  small.max_timeout_ms = llmos::Limits::kDefaultTimeoutMs;
  small.max_memory_limit_mb = llmos::Limits::kDefaultMemoryMb;
  small.max_artifact_id_bytes = 8;
  small.default_llm_url = "http://127.0.0.1:8080/v1";
  validate(body, small);

  // The header checks, on the first line: they must not crash, and a Content-Type accepted as
  // JSON must say application/json (in any case) before its parameters.
  const std::string_view line = body.substr(0, body.find('\n'));
  if (llmos::server::is_json_content_type(line)) {
    std::string media(line.substr(0, line.find(';')));
    for (char& c : media) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (media.find("application/json") == std::string::npos) fail("a Content-Type that is not JSON accepted");
  }
  httplib::Request req;
  req.headers.emplace("Host", std::string(line));
  (void)llmos::server::host_allowed(req, "127.0.0.1");
  (void)llmos::server::host_allowed(req, std::string(line));
  return 0;
}
