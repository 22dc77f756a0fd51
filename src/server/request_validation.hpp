#pragma once
// The body of POST /api/execute (CONTRACT §7), checked field by field so that every bad request
// gets a 400 that says exactly what is wrong. No HTTP here: the routes turn a RequestError into
// a response, the tests call parse_execute_request directly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "executor/executor.hpp"

namespace llmos::server {

// The ranges a request may ask for (CONTRACT §7 defaults).
struct RequestLimits {
  std::int64_t max_timeout_ms = 60000;
  std::int64_t max_memory_limit_mb = 1024;
  std::size_t max_artifact_id_bytes = 256;
  // options.fix: the model URL used when the request names none (the server's --llm-url or
  // $LLMOS_LLM_URL); empty: a request with fix must give its own url.
  std::string default_llm_url;
};

// options.fix (README "Repairing failing artifacts"): true, or
// {"maxAttempts": 1-10, "url": "http(s)://...", "model": "..."}, each optional.
struct FixRequest {
  int max_attempts = 3;
  std::string url;    // empty: the server's default
  std::string model;  // empty: the server's default
};

struct ExecuteRequest {
  std::string code;
  executor::Language language = executor::Language::kJavaScript;
  std::string artifact_id = "default";
  std::int64_t timeout_ms = Limits::kDefaultTimeoutMs;
  std::int64_t memory_limit_mb = Limits::kDefaultMemoryMb;
  std::optional<FixRequest> fix;  // set: run under the supervisor
};

struct RequestError {
  int status = 400;
  std::string message;
};

// `language`: "javascript" (default) or "js"; "python" or "py"; "auto" (detected from the code
// as `llmos run --lang auto` does for standard input).
std::variant<ExecuteRequest, RequestError> parse_execute_request(std::string_view body,
                                                                 const RequestLimits& limits = {});

}  // namespace llmos::server
