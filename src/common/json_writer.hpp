#pragma once
// A minimal streaming JSON writer (standard library only, so every layer can use it).
// Strings are written as valid UTF-8 JSON whatever bytes they hold.
#include <cstdint>
#include <string>
#include <string_view>

namespace llmos::json {

// Appends `s` as a JSON string literal; invalid UTF-8 becomes U+FFFD.
void append_string(std::string& out, std::string_view s);
// Appends a JSON number; NaN and infinities become null (as JSON.stringify does).
void append_number(std::string& out, double v);
void append_int(std::string& out, std::int64_t v);

std::string quote(std::string_view s);

}  // namespace llmos::json
