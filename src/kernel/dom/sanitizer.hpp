#pragma once
// setInnerHTML's sanitizer: the HTML is parsed by a real HTML5 parser (gumbo, as browsers
// parse it, with the target element as the fragment context) and a new tree is rebuilt from
// the parse with policy.hpp's allowlists. Nothing of the input is copied through unparsed:
// comments, raw-text elements, foreign content other than plain SVG, and every attribute that
// is not allowed are left out, and serialization escapes all text, so what the artifact's
// container holds parses back into the same elements in a browser (no mutation XSS).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "kernel/dom/tree.hpp"

namespace llmos::kernel::dom {

struct ParseBudget {
  // Memory the parser and the new nodes may take together.
  std::size_t max_bytes = std::size_t{1} << 40;
  // Polled while parsing (gumbo is quadratic on some deeply nested inputs): true stops it.
  std::function<bool()> should_stop;
};

enum class ParseStatus { kOk, kOutOfMemory, kStopped };

// Replaces the children of element `target` with the sanitized content of `html`. On failure
// the target is left empty.
ParseStatus set_inner_html(Tree& tree, NodeId target, std::string_view html, const ParseBudget& budget = {});

// The sanitized form of `html` as it would be serialized inside a <div> (for tests and tools).
std::string sanitize_html(std::string_view html);

}  // namespace llmos::kernel::dom
