#include "common/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "common/utf8.hpp"

namespace llmos::json {

void append_string(std::string& out, std::string_view raw) {
  std::string sanitized;
  std::string_view s = raw;
  if (!utf8::is_valid(raw)) {
    sanitized = utf8::sanitize(raw);
    s = sanitized;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  if (v == 0) {  // -0 is 0 in JSON, as in JSON.stringify
    out += '0';
    return;
  }
  if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) {
    append_int(out, static_cast<std::int64_t>(v));
    return;
  }
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_int(std::string& out, std::int64_t v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

std::string quote(std::string_view s) {
  std::string out;
  append_string(out, s);
  return out;
}

}  // namespace llmos::json
