#include "executor/executor.hpp"

// detect_language on its own (no engine, kernel or Python host needed), so that the request
// validation of the server and its fuzz target (tests/fuzz/request_fuzz.cpp) can use it alone.
#include <optional>
#include <string_view>

namespace llmos::executor {

namespace {

// Lines that only Python or only JavaScript would write, matched by hand: std::regex would cost
// about a millisecond to build per process, more than a whole `llmos run` of `2+2`.
bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// `keyword` followed by something that cannot continue an identifier ("constant" is not "const").
bool starts_with_keyword(std::string_view s, std::string_view keyword) {
  return starts_with(s, keyword) && (s.size() == keyword.size() || !is_word_char(s[keyword.size()]));
}

// Skips an identifier (letters, digits, _ and, with `dots`, .); returns what follows it.
std::optional<std::string_view> after_identifier(std::string_view s, bool dots = false) {
  std::size_t i = 0;
  while (i < s.size() && (is_word_char(s[i]) || (dots && s[i] == '.'))) ++i;
  if (i == 0) return std::nullopt;
  return s.substr(i);
}

// `word` on its own (not inside a longer identifier) somewhere in `s`.
bool contains_word(std::string_view s, std::string_view word) {
  for (std::size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
    const bool start = at == 0 || !is_word_char(s[at - 1]);
    const bool end = at + word.size() == s.size() || !is_word_char(s[at + word.size()]);
    if (start && end) return true;
  }
  return false;
}

// `[x * x for x in xs]`: JavaScript has no comprehension, and its for-in needs parentheses.
bool comprehension(std::string_view t) {
  const auto open = t.find_first_of("[{(");
  if (open == std::string_view::npos) return false;
  const auto f = t.find(" for ", open);
  return f != std::string_view::npos && t.find(" in ", f + 5) != std::string_view::npos;
}

bool python_line(std::string_view t) {
  if (starts_with(t, "#") || starts_with(t, "elif ") || starts_with(t, "print(") || t == "else:") return true;
  if (t == "pass" || t == "try:" || t == "finally:") return true;
  for (std::string_view k : {"except:", "except ", "raise ", "lambda "})
    if (starts_with(t, k)) return true;
  const bool block = ends_with(t, ":");
  if (block && (starts_with(t, "if ") || starts_with(t, "while "))) return true;
  if (block && starts_with(t, "for ") && contains(t, " in ")) return true;
  // The same with the body on the line (`for i in range(3): print(i)`): JavaScript puts the
  // condition in parentheses and the body in braces.
  for (std::string_view k : {"if ", "while ", "for "})
    if (starts_with(t, k) && t.size() > k.size() && t[k.size()] != '(' && contains(t, ": ") && !contains(t, "{") &&
        (k != "for " || contains(t, " in ")))
      return true;
  if (comprehension(t)) return true;
  if (contains_word(t, "None") || contains_word(t, "True") || contains_word(t, "False")) return true;
  if (starts_with(t, "def ")) {  // def name(...) [-> type]: [body]
    const auto rest = after_identifier(t.substr(4));
    return rest && starts_with(*rest, "(") && (contains(*rest, "):") || contains(*rest, ") ->"));
  }
  if (starts_with(t, "class ")) {  // class Name: or class Name(Base):
    const auto rest = after_identifier(t.substr(6));
    return rest && (starts_with(*rest, ":") || (starts_with(*rest, "(") && block));
  }
  if (starts_with(t, "from ")) {  // from package.module import name
    const auto rest = after_identifier(t.substr(5), true);
    return rest && starts_with(*rest, " import ");
  }
  if (starts_with(t, "import ")) {  // import package.module [as name], and nothing else
    auto rest = after_identifier(t.substr(7), true);
    if (rest && starts_with(*rest, " as ")) rest = after_identifier(rest->substr(4));
    return rest && rest->empty();
  }
  return false;
}

bool javascript_line(std::string_view t) {
  for (std::string_view k : {"const", "let", "var", "function", "async", "export"})
    if (starts_with_keyword(t, k)) return true;
  if (starts_with(t, "//") || starts_with(t, "/*") || starts_with(t, "}")) return true;
  if (starts_with(t, "class ") && ends_with(t, "{")) return true;
  if (starts_with(t, "import ") && contains(t, " from ") && (contains(t, "'") || contains(t, "\""))) return true;
  return ends_with(t, ";") || ends_with(t, "{") || contains(t, "=>") || contains(t, "console.") ||
         contains(t, "LLMOS.") || contains(t, "===");
}

}  // namespace

Language detect_language(std::string_view filename, std::string_view code) {
  if (ends_with(filename, ".py")) return Language::kPython;
  if (ends_with(filename, ".js") || ends_with(filename, ".mjs") || ends_with(filename, ".cjs"))
    return Language::kJavaScript;

  // By content: count the lines that only one of the two languages would write.
  int py = 0, js = 0;
  std::size_t pos = 0;
  for (int lines = 0; pos <= code.size() && lines < 200; ++lines) {
    std::size_t eol = code.find('\n', pos);
    if (eol == std::string_view::npos) eol = code.size();
    const std::string_view line = trim(code.substr(pos, eol - pos));
    pos = eol + 1;
    if (python_line(line)) ++py;
    if (javascript_line(line)) ++js;
  }
  return py > js ? Language::kPython : Language::kJavaScript;
}

}  // namespace llmos::executor
