#pragma once
// CSS selectors for LLMOS.dom.querySelector: type (`div`, `*`), `#id`, `.class`, `[attr]`,
// `[attr=value]`, compound (`p.note#x`), descendant (`div span`) and child (`ul > li`)
// combinators, and lists (`h1, h2`), with CSS escapes in names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/dom/tree.hpp"

namespace llmos::kernel::dom {

class Selector {
 public:
  // nullopt when `text` is not a selector of the supported grammar.
  static std::optional<Selector> parse(std::string_view text);

  // The first element in document order among `scope` (when `include_scope`) and its
  // descendants that matches; kNoNode when none does. Ancestors are matched up to the root of
  // the tree `scope` is in (the container, for an attached element).
  NodeId first(const Tree& tree, NodeId scope, bool include_scope) const;
  std::vector<NodeId> all(const Tree& tree, NodeId scope, bool include_scope) const;

  struct AttrTest {
    std::string name;  // lowercase
    std::optional<std::string> value;
  };
  struct Compound {
    std::string tag;  // lowercase; empty matches any element
    std::vector<std::string> ids;
    std::vector<std::string> classes;
    std::vector<AttrTest> attrs;
  };
  struct Complex {
    std::vector<Compound> parts;    // left to right
    std::vector<char> combinators;  // between parts: ' ' (descendant) or '>' (child)
  };

 private:
  std::vector<Complex> list_;
};

}  // namespace llmos::kernel::dom
