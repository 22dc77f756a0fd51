#include "kernel/dom/selector.hpp"

#include <unordered_set>

#include "common/utf8.hpp"

namespace llmos::kernel::dom {
namespace {

constexpr std::size_t kMaxSelectorBytes = 4096;
constexpr std::size_t kMaxParts = 64;

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = lower(ch);
  return out;
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; }

bool is_name_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
         ch == '_' || static_cast<unsigned char>(ch) >= 0x80;
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// A CSS escape's code point: NUL, a surrogate or one past U+10FFFF stands for U+FFFD.
void append_escaped(std::string& out, unsigned cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8::append(out, cp);
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool parse(std::vector<Selector::Complex>& out) {
    skip_space();
    for (;;) {
      Selector::Complex c;
      if (!complex(c)) return false;
      out.push_back(std::move(c));
      skip_space();
      if (at_end()) return true;
      if (s_[i_] != ',') return false;
      ++i_;
      skip_space();
    }
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }
  void skip_space() {
    while (!at_end() && is_space(s_[i_])) ++i_;
  }

  // A name with CSS escapes resolved; false when there is none.
  bool name(std::string& out) {
    const std::size_t start = i_;
    while (!at_end()) {
      const char ch = s_[i_];
      if (is_name_char(ch)) {
        out += ch;
        ++i_;
      } else if (ch == '\\') {
        ++i_;
        if (at_end()) return false;
        if (hex_value(s_[i_]) >= 0) {
          unsigned cp = 0;
          int n = 0;
          while (!at_end() && n < 6 && hex_value(s_[i_]) >= 0) {
            cp = cp * 16 + static_cast<unsigned>(hex_value(s_[i_]));
            ++i_;
            ++n;
          }
          if (!at_end() && is_space(s_[i_])) ++i_;
          append_escaped(out, cp);
        } else if (s_[i_] == '\n') {
          return false;
        } else {
          out += s_[i_];
          ++i_;
        }
      } else {
        break;
      }
    }
    return i_ > start;
  }

  bool quoted(std::string& out) {
    const char q = s_[i_++];
    while (!at_end() && s_[i_] != q) {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) ++i_;
      out += s_[i_++];
    }
    if (at_end()) return false;
    ++i_;
    return true;
  }

  bool compound(Selector::Compound& c) {
    bool any = false;
    if (!at_end() && s_[i_] == '*') {
      ++i_;
      any = true;
    } else if (!at_end() && (is_name_char(s_[i_]) || s_[i_] == '\\')) {
      std::string tag;
      if (!name(tag)) return false;
      c.tag = to_lower(tag);
      any = true;
    }
    while (!at_end()) {
      const char ch = s_[i_];
      if (ch == '#' || ch == '.') {
        ++i_;
        std::string n;
        if (!name(n)) return false;
        (ch == '#' ? c.ids : c.classes).push_back(std::move(n));
      } else if (ch == '[') {
        ++i_;
        skip_space();
        Selector::AttrTest a;
        std::string n;
        if (!name(n)) return false;
        a.name = to_lower(n);
        skip_space();
        if (at_end()) return false;
        if (s_[i_] == '=') {
          ++i_;
          skip_space();
          if (at_end()) return false;
          std::string v;
          if (s_[i_] == '"' || s_[i_] == '\'') {
            if (!quoted(v)) return false;
          } else if (!name(v)) {
            return false;
          }
          a.value = std::move(v);
          skip_space();
        }
        if (at_end() || s_[i_] != ']') return false;
        ++i_;
        c.attrs.push_back(std::move(a));
      } else {
        break;
      }
      any = true;
    }
    return any;
  }

  bool complex(Selector::Complex& c) {
    for (;;) {
      Selector::Compound part;
      if (!compound(part)) return false;
      c.parts.push_back(std::move(part));
      if (c.parts.size() > kMaxParts) return false;
      const std::size_t before = i_;
      skip_space();
      if (at_end() || s_[i_] == ',') return true;
      if (s_[i_] == '>') {
        ++i_;
        skip_space();
        c.combinators.push_back('>');
      } else if (i_ > before) {
        c.combinators.push_back(' ');
      } else {
        return false;  // something that is not part of the grammar (:hover, +, ~, ...)
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

bool matches_compound(const Tree& t, NodeId id, const Selector::Compound& c) {
  const Node& n = t.node(id);
  if (n.is_text) return false;
  if (!c.tag.empty() && to_lower(n.name) != c.tag) return false;
  for (const std::string& want : c.ids) {
    const std::string* v = t.attribute(id, "id");
    if (!v || *v != want) return false;
  }
  if (!c.classes.empty()) {
    const auto have = t.classes(id);
    for (const std::string& want : c.classes) {
      bool found = false;
      for (std::string_view h : have) found = found || h == want;
      if (!found) return false;
    }
  }
  for (const auto& a : c.attrs) {
    const std::string* v = nullptr;
    for (const Attr& attr : n.attrs)
      if (to_lower(attr.name) == a.name) v = &attr.value;
    if (!v || (a.value && *v != *a.value)) return false;
  }
  return true;
}

// Right-to-left matching. Whether part `idx` matches at `id` depends on nothing else, so
// failures are remembered: `div div div ...` stays linear in the depth instead of exponential.
class Matcher {
 public:
  Matcher(const Tree& t, const Selector::Complex& c) : t_(t), c_(c) {}

  bool matches(NodeId id) { return at(c_.parts.size() - 1, id); }

 private:
  bool at(std::size_t idx, NodeId id) {
    const std::uint64_t key = (static_cast<std::uint64_t>(idx) << 32) | id;
    if (failed_.count(key)) return false;
    const bool ok = match(idx, id);
    if (!ok) failed_.insert(key);
    return ok;
  }

  bool match(std::size_t idx, NodeId id) {
    if (!matches_compound(t_, id, c_.parts[idx])) return false;
    if (idx == 0) return true;
    NodeId p = t_.node(id).parent;
    if (c_.combinators[idx - 1] == '>') return p != kNoNode && at(idx - 1, p);
    for (; p != kNoNode; p = t_.node(p).parent)
      if (at(idx - 1, p)) return true;
    return false;
  }

  const Tree& t_;
  const Selector::Complex& c_;
  std::unordered_set<std::uint64_t> failed_;
};

template <typename F>
void search(const Tree& tree, NodeId scope, bool include_scope, const std::vector<Selector::Complex>& list, F&& on_match) {
  std::vector<Matcher> matchers;
  matchers.reserve(list.size());
  for (const auto& c : list) matchers.emplace_back(tree, c);
  const auto test = [&](NodeId id) {
    for (Matcher& m : matchers)
      if (m.matches(id)) return on_match(id);
    return true;
  };
  if (include_scope && tree.is_element(scope) && !test(scope)) return;
  tree.for_each_descendant(scope, test);
}

}  // namespace

std::optional<Selector> Selector::parse(std::string_view text) {
  if (text.size() > kMaxSelectorBytes) return std::nullopt;
  Selector s;
  if (!Parser(text).parse(s.list_) || s.list_.empty()) return std::nullopt;
  return s;
}

NodeId Selector::first(const Tree& tree, NodeId scope, bool include_scope) const {
  NodeId found = kNoNode;
  search(tree, scope, include_scope, list_, [&](NodeId id) {
    found = id;
    return false;
  });
  return found;
}

std::vector<NodeId> Selector::all(const Tree& tree, NodeId scope, bool include_scope) const {
  std::vector<NodeId> out;
  search(tree, scope, include_scope, list_, [&](NodeId id) {
    out.push_back(id);
    return true;
  });
  return out;
}

}  // namespace llmos::kernel::dom
