#include "common/run_result.hpp"

#include <cmath>

#include "common/json_writer.hpp"
#include "common/utf8.hpp"

namespace llmos {

std::string_view to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kSyntax: return "syntax";
    case ErrorKind::kRuntime: return "runtime";
    case ErrorKind::kTimeout: return "timeout";
    case ErrorKind::kMemory: return "memory";
    case ErrorKind::kStack: return "stack";
    case ErrorKind::kLimit: return "limit";
    case ErrorKind::kInternal: return "internal";
  }
  return "internal";
}

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = at(i) << 16;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == bytes.size()) {
    const unsigned v = (at(i) << 16) | (at(i + 1) << 8);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    int v[4];
    int pad = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text[i + k];
      if (c == '=' && i + 4 == text.size() && k >= 2) {
        v[k] = 0;
        ++pad;
      } else if (pad > 0 || (v[k] = val(c)) < 0) {
        return std::nullopt;
      }
    }
    const unsigned n = (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12) | (unsigned(v[2]) << 6) | unsigned(v[3]);
    out.push_back(static_cast<char>((n >> 16) & 0xff));
    if (pad < 2) out.push_back(static_cast<char>((n >> 8) & 0xff));
    if (pad < 1) out.push_back(static_cast<char>(n & 0xff));
  }
  return out;
}

namespace {

void append_string_array(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    json::append_string(out, items[i]);
  }
  out += ']';
}

void append_error(std::string& out, const ErrorInfo& e) {
  out += "{\"name\":";
  json::append_string(out, e.name);
  out += ",\"message\":";
  json::append_string(out, e.message);
  out += ",\"stack\":";
  json::append_string(out, e.stack);
  out += ",\"line\":";
  if (e.line) json::append_int(out, *e.line); else out += "null";
  out += ",\"column\":";
  if (e.column) json::append_int(out, *e.column); else out += "null";
  out += ",\"kind\":";
  json::append_string(out, to_string(e.kind));
  out += '}';
}

}  // namespace

std::string RunResult::to_json() const {
  std::string out;
  out.reserve(256 + output_json.size());
  out += "{\"success\":";
  out += success ? "true" : "false";
  out += ",\"output\":";
  out += output_json;
  out += ",\"error\":";
  if (error) append_error(out, *error); else out += "null";
  out += ",\"logs\":";
  append_string_array(out, logs);
  out += ",\"stderr\":";
  append_string_array(out, stderr_lines);
  out += ",\"executionTime\":";
  // Microsecond resolution is all a wall clock here can honestly give. A time that is not a
  // finite, plausible number (never measured so; only a broken worker could send one) is 0.
  const double ms = std::isfinite(execution_time_ms) && execution_time_ms >= 0 && execution_time_ms < 1e12
                        ? execution_time_ms
                        : 0.0;
  const std::size_t at = out.size();
  json::append_number(out, static_cast<double>(static_cast<std::int64_t>(ms * 1000.0 + 0.5)) / 1000.0);
  // Always with a fraction ("2.0", not "2"): the contract says float, and a parser that tells
  // integers from floats (Python's) must always see one.
  if (out.find_first_of(".eE", at) == std::string::npos) out += ".0";
  out += ",\"memoryUsed\":";
  json::append_int(out, static_cast<std::int64_t>(memory_used));
  out += ",\"artifactId\":";
  json::append_string(out, artifact_id);
  out += ",\"language\":";
  json::append_string(out, language);
  out += ",\"dom\":";
  if (dom) json::append_string(out, *dom); else out += "null";
  out += ",\"images\":[";
  for (std::size_t i = 0; i < images.size(); ++i) {
    const Image& im = images[i];
    if (i) out += ',';
    out += "{\"id\":";
    json::append_string(out, im.id);
    out += ",\"mime\":";
    json::append_string(out, im.mime);
    out += ",\"width\":";
    json::append_int(out, im.width);
    out += ",\"height\":";
    json::append_int(out, im.height);
    out += ",\"data\":\"";
    out += base64_encode(im.data);
    out += "\"}";
  }
  out += "],\"truncated\":{\"output\":";
  out += output_truncated ? "true" : "false";
  out += ",\"logs\":";
  out += logs_truncated ? "true" : "false";
  out += ",\"stderr\":";
  out += stderr_truncated ? "true" : "false";
  out += ",\"error\":";
  out += error_truncated ? "true" : "false";
  out += "}}";
  return out;
}

void RunResult::cap_error(std::size_t max_bytes) {
  if (!error) return;
  for (std::string* text : {&error->message, &error->stack}) {
    if (text->size() <= max_bytes) continue;
    // The mark fits within max_bytes, so a result capped twice (by a worker, then its host)
    // keeps the first count.
    const std::string mark = "... [llmos: truncated: " + std::to_string(text->size()) + " bytes]";
    text->resize(utf8::safe_prefix(*text, max_bytes > mark.size() ? max_bytes - mark.size() : 0));
    *text += mark;
    error_truncated = true;
  }
}

}  // namespace llmos
