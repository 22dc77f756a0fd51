#include "executor/executor.hpp"

// detect_language on its own (no engine, kernel or Python host needed), so that the request
// validation of the server and its fuzz target (tests/fuzz/request_fuzz.cpp) can use it alone.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

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

// The first 200 lines of `code`, trimmed: what detection reads.
std::vector<std::string_view> first_lines(std::string_view code) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  for (int lines = 0; pos <= code.size() && lines < 200; ++lines) {
    std::size_t eol = code.find('\n', pos);
    if (eol == std::string_view::npos) eol = code.size();
    out.push_back(trim(code.substr(pos, eol - pos)));
    pos = eol + 1;
  }
  return out;
}

// Every identifier on the lines that declare names in JavaScript (let/const/var/function/class,
// with their destructured names and parameters): a rough but sufficient set of what an
// artifact declares.
std::vector<std::string_view> declared_names(const std::vector<std::string_view>& lines) {
  std::vector<std::string_view> out;
  for (const std::string_view t : lines) {
    bool declares = contains(t, "for (let ") || contains(t, "for (const ") || contains(t, "for (var ");
    for (std::string_view k : {"const", "let", "var", "function", "class", "async"})
      if (starts_with_keyword(t, k)) declares = true;
    if (!declares) continue;
    for (std::size_t i = 0; i < t.size();) {
      if (!is_word_char(t[i])) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      while (i < t.size() && is_word_char(t[i])) ++i;
      out.push_back(t.substr(start, i - start));
    }
  }
  return out;
}

bool is_declared(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// `name = value` or `name: type = value` with `name` declared nowhere: strict JavaScript
// cannot assign an undeclared name (a ReferenceError), Python's first assignment declares it.
bool undeclared_assignment(std::string_view t, const std::vector<std::string_view>& declared) {
  const auto rest = after_identifier(t);
  if (!rest || (!std::isalpha(static_cast<unsigned char>(t[0])) && t[0] != '_')) return false;
  std::string_view r = trim(*rest);
  if (starts_with(r, ":")) {  // an annotation: `: int`, `: list[str]`
    const auto eq = r.find('=');
    if (eq == std::string_view::npos || (eq + 1 < r.size() && r[eq + 1] == '=')) return false;
    r = r.substr(eq);
  }
  if (!starts_with(r, "=") || starts_with(r, "==") || starts_with(r, "=>")) return false;
  return !is_declared(declared, t.substr(0, t.size() - rest->size()));
}

// A call of a Python built-in that JavaScript does not have as a global (len, range, abs, ...),
// not a method (`.map(`) and not a function the artifact declares itself.
bool python_builtin_call(std::string_view t, const std::vector<std::string_view>& declared) {
  static constexpr std::string_view kBuiltins[] = {
      "len", "range", "sorted", "sum", "str", "int", "float", "abs", "max", "min", "round", "enumerate", "zip",
      "isinstance", "list", "dict", "tuple", "repr", "any", "all", "reversed", "input", "open", "type"};
  for (std::string_view b : kBuiltins) {
    for (std::size_t at = t.find(b); at != std::string_view::npos; at = t.find(b, at + 1)) {
      const bool start = at == 0 || (!is_word_char(t[at - 1]) && t[at - 1] != '.');
      if (start && at + b.size() < t.size() && t[at + b.size()] == '(' && !is_declared(declared, b)) return true;
    }
  }
  for (std::string_view m : {".append(", ".upper()", ".lower()", ".strip()", ".items()", ".format(", ".extend(",
                             ".startswith(", ".endswith("})
    if (contains(t, m)) return true;
  return false;
}

bool python_line(std::string_view t) {
  // A comment after code (`x = 5  # five`): in JavaScript `#` only starts a private name.
  if (const auto hash = t.find(" #"); hash != std::string_view::npos &&
                                      (hash + 2 == t.size() || t[hash + 2] == ' '))
    return true;
  for (std::string_view k : {"assert ", "del ", "global ", "nonlocal ", "with "})
    if (starts_with(t, k) && (k != "with " || contains(t, ":"))) return true;
  // f-strings: f"..." or f'...'
  for (std::size_t at = t.find("f\""); at != std::string_view::npos; at = t.find("f\"", at + 1))
    if (at == 0 || !is_word_char(t[at - 1])) return true;
  for (std::size_t at = t.find("f'"); at != std::string_view::npos; at = t.find("f'", at + 1))
    if (at == 0 || !is_word_char(t[at - 1])) return true;
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
  const std::vector<std::string_view> lines = first_lines(code);
  const std::vector<std::string_view> declared = declared_names(lines);
  int py = 0, js = 0;
  for (const std::string_view line : lines) {
    if (python_line(line) || undeclared_assignment(line, declared) || python_builtin_call(line, declared)) ++py;
    if (javascript_line(line)) ++js;
  }
  return py > js ? Language::kPython : Language::kJavaScript;
}

}  // namespace llmos::executor
