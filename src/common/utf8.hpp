#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace llmos::utf8 {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid UTF-8.
// Surrogate code points (CESU-8) and overlong forms are invalid.
std::optional<std::size_t> first_invalid(std::string_view text);

inline bool is_valid(std::string_view text) { return !first_invalid(text).has_value(); }

// `text` with every invalid sequence replaced by U+FFFD (what JavaScript strings holding lone
// surrogates turn into when they leave the engine).
std::string sanitize(std::string_view text);

// Appends code point `cp` (a Unicode scalar value) encoded as UTF-8.
void append(std::string& out, char32_t cp);

// The length of the longest prefix of `text` not longer than `max_bytes` that does not split a
// multi-byte sequence.
std::size_t safe_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace llmos::utf8
