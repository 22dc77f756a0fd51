#include "server/request_validation.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"

namespace llmos::server {
namespace {

using nlohmann::json;

RequestError bad(std::string message) { return RequestError{400, std::move(message)}; }

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::number_float: return "a fractional number";
    default: return "a number";
  }
}

// A whole number in [min, max], or why not. JSON has one number type: 5000 and 5000.0 are the
// same value, so an integral float is accepted.
std::variant<std::int64_t, RequestError> whole_number(const json& v, const std::string& name,
                                                       std::int64_t min, std::int64_t max,
                                                       const char* unit) {
  const std::string range = std::to_string(min) + " to " + std::to_string(max) + unit;
  if (!v.is_number())
    return bad("'" + name + "' must be a whole number from " + range + ", not " + type_name(v));
  double d = 0;
  if (v.is_number_float()) {
    d = v.get<double>();
    if (!std::isfinite(d) || std::floor(d) != d)
      return bad("'" + name + "' must be a whole number from " + range + " (got " + v.dump() + ")");
  } else if (v.is_number_unsigned()) {
    d = static_cast<double>(v.get<std::uint64_t>());
  } else {
    d = static_cast<double>(v.get<std::int64_t>());
  }
  if (d < static_cast<double>(min) || d > static_cast<double>(max))
    return bad("'" + name + "' must be from " + range + " (got " + v.dump() + ")");
  return static_cast<std::int64_t>(d);
}

bool is_model_url(const std::string& s) {
  if (s.rfind("http://", 0) != 0 && s.rfind("https://", 0) != 0) return false;
  const std::size_t host = s.find("://") + 3;
  if (host >= s.size() || s[host] == '/') return false;
  for (unsigned char c : s)
    if (c <= 0x20 || c == 0x7f) return false;
  return true;
}

std::optional<RequestError> read_fix(const json& v, const RequestLimits& limits, ExecuteRequest& out) {
  if (v.is_boolean()) {
    if (v.get<bool>()) out.fix = FixRequest{};
  } else if (v.is_object()) {
    FixRequest fix;
    for (const auto& [key, value] : v.items()) {
      if (key == "maxAttempts") {
        auto n = whole_number(value, "options.fix.maxAttempts", 1, 10, "");
        if (auto* e = std::get_if<RequestError>(&n)) return *e;
        fix.max_attempts = static_cast<int>(std::get<std::int64_t>(n));
      } else if (key == "url") {
        if (!value.is_string() || !is_model_url(value.get<std::string>()))
          return bad("'options.fix.url' must be an http:// or https:// URL (the model's OpenAI-compatible base URL)");
        fix.url = value.get<std::string>();
      } else if (key == "model") {
        if (!value.is_string()) return bad(std::string("'options.fix.model' must be a string, not ") + type_name(value));
        fix.model = value.get<std::string>();
      } else {
        return bad("unknown option 'fix." + key + "' (the fix options are maxAttempts, url and model)");
      }
    }
    out.fix = std::move(fix);
  } else {
    return bad(std::string("'options.fix' must be true, false or an object like {\"maxAttempts\": 3}, not ") +
               type_name(v));
  }
  if (out.fix && out.fix->url.empty() && limits.default_llm_url.empty())
    return bad("'options.fix' needs a model: give options.fix.url, or start the server with --llm-url "
               "or LLMOS_LLM_URL");
  return std::nullopt;
}

std::optional<RequestError> read_options(const json& options, const RequestLimits& limits,
                                         ExecuteRequest& out) {
  if (options.is_null()) return std::nullopt;
  if (!options.is_object())
    return bad(std::string("'options' must be an object like {\"timeoutMs\": 5000, \"memoryLimitMb\": 128}, not ") +
               type_name(options));
  for (const auto& [key, value] : options.items()) {
    if (key == "timeoutMs") {
      auto n = whole_number(value, "options.timeoutMs", 1, limits.max_timeout_ms, " ms");
      if (auto* e = std::get_if<RequestError>(&n)) return *e;
      out.timeout_ms = std::get<std::int64_t>(n);
    } else if (key == "memoryLimitMb") {
      auto n = whole_number(value, "options.memoryLimitMb", 1, limits.max_memory_limit_mb, " MB");
      if (auto* e = std::get_if<RequestError>(&n)) return *e;
      out.memory_limit_mb = std::get<std::int64_t>(n);
    } else if (key == "fix") {
      if (auto e = read_fix(value, limits, out)) return e;
    } else {
      return bad("unknown option '" + key + "' (the options are timeoutMs, memoryLimitMb and fix)");
    }
  }
  return std::nullopt;
}

std::optional<RequestError> read_language(const json& v, ExecuteRequest& out, bool& detect) {
  if (!v.is_string())
    return bad(std::string("'language' must be a string (\"javascript\" or \"python\"), not ") + type_name(v));
  const std::string& s = v.get_ref<const std::string&>();
  if (s == "javascript" || s == "js") {
    out.language = executor::Language::kJavaScript;
  } else if (s == "python" || s == "py") {
    out.language = executor::Language::kPython;
  } else if (s == "auto") {
    detect = true;
  } else {
    return bad("unknown language '" + s + "' (use \"javascript\", \"python\" or \"auto\")");
  }
  return std::nullopt;
}

std::optional<RequestError> read_artifact_id(const json& v, const RequestLimits& limits, ExecuteRequest& out) {
  if (!v.is_string()) return bad(std::string("'artifactId' must be a string, not ") + type_name(v));
  const std::string& s = v.get_ref<const std::string&>();
  if (s.empty()) return bad("'artifactId' must not be empty");
  if (s.size() > limits.max_artifact_id_bytes)
    return bad("'artifactId' is longer than " + std::to_string(limits.max_artifact_id_bytes) + " bytes");
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return bad("'artifactId' must not contain control characters");
  out.artifact_id = s;
  return std::nullopt;
}

}  // namespace

std::variant<ExecuteRequest, RequestError> parse_execute_request(std::string_view body,
                                                                 const RequestLimits& limits) {
  if (body.empty())
    return bad("the request body is empty: send a JSON object like {\"code\": \"2 + 2\"}");
  if (const auto at = utf8::first_invalid(body))
    return bad("the request body is not valid UTF-8 (at byte " + std::to_string(*at) + ")");

  json doc;
  try {
    doc = json::parse(body.begin(), body.end());
  } catch (const json::parse_error& e) {
    // what(): "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    const std::string what = e.what();
    const auto colon = what.find(": ");
    return bad("the request body is not valid JSON (at byte " + std::to_string(e.byte) +
               "): " + (colon == std::string::npos ? what : what.substr(colon + 2)));
  } catch (const json::exception& e) {
    // A number past the range of a double (1e999) is out_of_range, not a parse_error:
    // "[json.exception.out_of_range.406] number overflow parsing '1e999'". Found by
    // tests/fuzz/request_fuzz.cpp: uncaught, it escaped the route, and the client's mistake came
    // back as a 500 "internal error of llmos".
    const std::string what = e.what();
    const auto end = what.find("] ");
    return bad("the request body is not valid JSON: " + (end == std::string::npos ? what : what.substr(end + 2)));
  }
  if (!doc.is_object())
    return bad(std::string("the request body must be a JSON object like {\"code\": \"2 + 2\"}, not ") +
               type_name(doc));

  ExecuteRequest out;
  bool detect = false;
  bool has_code = false;
  for (const auto& [key, value] : doc.items()) {
    std::optional<RequestError> err;
    if (key == "code") {
      if (!value.is_string()) return bad(std::string("'code' must be a string, not ") + type_name(value));
      out.code = value.get<std::string>();
      has_code = true;
    } else if (key == "language") {
      err = read_language(value, out, detect);
    } else if (key == "artifactId") {
      err = read_artifact_id(value, limits, out);
    } else if (key == "options") {
      err = read_options(value, limits, out);
    } else {
      err = bad("unknown field '" + key + "' (the fields are code, language, artifactId and options)");
    }
    if (err) return *err;
  }
  if (!has_code) return bad("the request has no 'code': send {\"code\": \"...\"}");
  if (detect) out.language = executor::detect_language("", out.code);
  return out;
}

}  // namespace llmos::server
