#include "engine/completion_rewrite.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace llmos::engine {
namespace {

enum class Tok { kPunct, kWord, kLiteral };

struct Token {
  Tok kind;
  std::size_t begin;
  std::size_t end;
  bool newline_before;  // a line terminator between the previous token and this one
  long match = -1;      // for `{`, `}`, `(`, `)`: index of the matching bracket
};

bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80; }

bool word_is(std::string_view src, const Token& t, std::string_view w) {
  return t.kind == Tok::kWord && src.substr(t.begin, t.end - t.begin) == w;
}

bool punct_is(std::string_view src, const Token& t, std::string_view p) {
  return t.kind == Tok::kPunct && src.substr(t.begin, t.end - t.begin) == p;
}

// Whether a `/` after token `prev` starts a regular expression (rather than dividing).
bool regex_allowed_after(std::string_view src, const Token* prev) {
  if (prev == nullptr) return true;
  if (prev->kind == Tok::kLiteral) return false;
  if (prev->kind == Tok::kWord) {
    static constexpr std::array<std::string_view, 14> kKeywords = {
        "return", "typeof", "instanceof", "in", "of", "new", "delete",
        "void", "throw", "case", "do", "else", "yield", "await"};
    for (auto k : kKeywords)
      if (word_is(src, *prev, k)) return true;
    return false;
  }
  return !(punct_is(src, *prev, ")") || punct_is(src, *prev, "]") || punct_is(src, *prev, "}"));
}

// A small JavaScript tokenizer: enough to find brackets outside strings, templates, comments
// and regular expressions. Returns nullopt when the source does not tokenize cleanly.
std::optional<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> toks;
  std::vector<long> brackets;  // indexes of open `{`/`(`/`[`; -2 marks a template's `${`
  std::size_t i = 0;
  bool newline = false;
  const auto push = [&](Tok k, std::size_t b, std::size_t e) {
    toks.push_back({k, b, e, newline, -1});
    newline = false;
  };
  // Scans a template literal body from i (just after ` or }) to its end or to `${`.
  const auto scan_template = [&]() -> bool {
    while (i < s.size()) {
      if (s[i] == '\\') { i += 2; continue; }
      if (s[i] == '`') { ++i; return true; }
      if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') {
        i += 2;
        brackets.push_back(-2);
        return true;
      }
      ++i;
    }
    return false;
  };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\n' || c == '\r') { newline = true; ++i; continue; }
    if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      const auto end = s.find("*/", i + 2);
      if (end == std::string_view::npos) return std::nullopt;
      if (s.substr(i, end - i).find('\n') != std::string_view::npos) newline = true;
      i = end + 2;
      continue;
    }
    const std::size_t b = i;
    if (c == '"' || c == '\'') {
      ++i;
      while (i < s.size() && s[i] != c) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '\n') return std::nullopt;
        ++i;
      }
      if (i >= s.size()) return std::nullopt;
      ++i;
      push(Tok::kLiteral, b, i);
      continue;
    }
    if (c == '`') {
      ++i;
      if (!scan_template()) return std::nullopt;
      push(Tok::kLiteral, b, i);
      continue;
    }
    if (c == '/' && regex_allowed_after(s, toks.empty() ? nullptr : &toks.back())) {
      ++i;
      bool in_class = false;
      while (i < s.size() && (in_class || s[i] != '/')) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '[') in_class = true;
        else if (s[i] == ']') in_class = false;
        else if (s[i] == '\n') return std::nullopt;
        ++i;
      }
      if (i >= s.size()) return std::nullopt;
      ++i;
      while (i < s.size() && is_ident_char(static_cast<unsigned char>(s[i]))) ++i;
      push(Tok::kLiteral, b, i);
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      while (i < s.size() && (is_ident_char(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
      push(Tok::kLiteral, b, i);
      continue;
    }
    if (is_ident_char(static_cast<unsigned char>(c)) || c == '\\' || c == '#') {
      ++i;
      while (i < s.size() && (is_ident_char(static_cast<unsigned char>(s[i])) || s[i] == '\\')) ++i;
      push(Tok::kWord, b, i);
      continue;
    }
    if (c == '=' && i + 1 < s.size() && s[i + 1] == '>') {
      i += 2;
      push(Tok::kPunct, b, i);
      continue;
    }
    ++i;
    if (c == '}' && !brackets.empty() && brackets.back() == -2) {
      // The end of a template substitution: the template literal continues.
      brackets.pop_back();
      if (!scan_template()) return std::nullopt;
      newline = false;
      continue;
    }
    push(Tok::kPunct, b, i);
    const long idx = static_cast<long>(toks.size()) - 1;
    if (c == '{' || c == '(' || c == '[') {
      brackets.push_back(idx);
    } else if (c == '}' || c == ')' || c == ']') {
      if (brackets.empty() || brackets.back() < 0) return std::nullopt;
      const long open = brackets.back();
      brackets.pop_back();
      const char oc = s[toks[static_cast<std::size_t>(open)].begin];
      if ((c == '}' && oc != '{') || (c == ')' && oc != '(') || (c == ']' && oc != '[')) return std::nullopt;
      toks[static_cast<std::size_t>(open)].match = idx;
      toks.back().match = open;
    }
  }
  if (!brackets.empty()) return std::nullopt;
  return toks;
}

// Whether the `{` at token index `open` begins a statement (so the braces are a block).
// Returns the text to insert before it: "(" or, where a newline ended the previous statement
// without a semicolon, ";(". nullopt when the braces belong to a larger construct.
std::optional<std::string_view> statement_prefix(std::string_view s, const std::vector<Token>& t,
                                                 std::size_t open) {
  if (open == 0) return "(";
  const Token& prev = t[open - 1];
  if (punct_is(s, prev, ";") || punct_is(s, prev, "}")) return "(";
  if (!t[open].newline_before) return std::nullopt;
  if (prev.kind == Tok::kPunct) {
    if (punct_is(s, prev, "]")) return ";(";
    if (!punct_is(s, prev, ")")) return std::nullopt;
    // `if (c)\n{`, `function f()\n{` ... versus a call `f()\n{`.
    const long lparen = prev.match;
    if (lparen <= 0) return std::nullopt;
    const Token& before = t[static_cast<std::size_t>(lparen) - 1];
    static constexpr std::array<std::string_view, 8> kHeads = {
        "if", "for", "while", "with", "switch", "catch", "function", "of"};
    for (auto k : kHeads)
      if (word_is(s, before, k)) return std::nullopt;
    if (before.kind == Tok::kWord && lparen >= 2 &&
        (word_is(s, t[static_cast<std::size_t>(lparen) - 2], "function") ||
         punct_is(s, t[static_cast<std::size_t>(lparen) - 2], "*")))
      return std::nullopt;
    return ";(";
  }
  if (prev.kind == Tok::kWord) {
    static constexpr std::array<std::string_view, 12> kNotExpressionEnd = {
        "else", "do", "try", "finally", "return", "typeof", "void", "await",
        "yield", "in", "of", "new"};
    for (auto k : kNotExpressionEnd)
      if (word_is(s, prev, k)) return std::nullopt;
    if (open >= 2 && (word_is(s, t[open - 2], "class") || word_is(s, t[open - 2], "extends")))
      return std::nullopt;
  }
  return ";(";
}

int line_of(std::string_view s, std::size_t pos, int& column) {
  int line = 1;
  column = 1;
  for (std::size_t i = 0; i < pos; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') { ++line; column = 1; }
    else if (c < 0x80 || c >= 0xC0) ++column;
  }
  return line;
}

}  // namespace

std::optional<CompletionRewrite> rewrite_final_object_literal(std::string_view source) {
  auto tokens = tokenize(source);
  if (!tokens || tokens->empty()) return std::nullopt;
  const auto& t = *tokens;
  std::size_t last = t.size() - 1;
  while (last > 0 && punct_is(source, t[last], ";")) --last;
  if (!punct_is(source, t[last], "}") || t[last].match < 0) return std::nullopt;
  const auto open = static_cast<std::size_t>(t[last].match);
  const auto prefix = statement_prefix(source, t, open);
  if (!prefix) return std::nullopt;

  CompletionRewrite r;
  const std::size_t at = t[open].begin;
  const std::size_t close_end = t[last].end;
  r.source.reserve(source.size() + 3);
  r.source.append(source.substr(0, at));
  r.source.append(*prefix);
  r.source.append(source.substr(at, close_end - at));
  r.source.push_back(')');
  r.source.append(source.substr(close_end));
  r.line = line_of(source, at, r.column);
  r.shift = static_cast<int>(prefix->size());
  return r;
}

}  // namespace llmos::engine
