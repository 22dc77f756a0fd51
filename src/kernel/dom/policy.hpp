#pragma once
// What an artifact's DOM may contain: the allowlists of elements, attributes, URL schemes and
// CSS that both the sanitizer (setInnerHTML) and the element API (setAttribute, style, ...)
// apply. Everything not listed here is refused; nothing that can run script is listed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmos::kernel::dom {

enum class Ns : std::uint8_t { kHtml, kSvg };

// What the sanitizer does with an element of the parsed HTML.
enum class ElementAction : std::uint8_t {
  kKeep,    // rebuilt, with its allowed attributes
  kUnwrap,  // left out, its children kept (a <font>, a <form>)
  kDrop,    // left out with everything inside (script, style, iframe, template, MathML, ...)
};

struct ElementRule {
  ElementAction action = ElementAction::kDrop;
  std::string_view name;   // canonical spelling (SVG keeps its camelCase: linearGradient)
  bool is_void = false;    // no children, no end tag (br, img, ...)
  bool text_only = false;  // only text inside (SVG title/desc, where HTML would parse as HTML)
};

// `lower_name` is the ASCII-lowercased tag name; `ns` the namespace the parser gave it.
ElementRule element_rule(Ns ns, std::string_view lower_name);

// The tags LLMOS.dom.createElement accepts (CONTRACT §4), lowercased.
bool is_creatable_tag(std::string_view lower_name);
inline constexpr std::string_view kCreatableTags = "div, span, p, h1, h2, h3, canvas, svg, button";

// An attribute that passed the policy: its canonical name and the value to store.
struct CheckedAttr {
  std::string name;
  std::string value;
};
// Checks attribute `name` (any case) = `value` on an element (ns, canonical tag). Returns the
// attribute to store, or nullopt with `why` saying what is wrong with it.
std::optional<CheckedAttr> check_attribute(Ns ns, std::string_view tag, std::string_view name,
                                           std::string_view value, std::string* why = nullptr);

enum class UrlUse : std::uint8_t {
  kLink,   // a href, blockquote cite: http, https, mailto, relative
  kImage,  // img src: http, https, relative, data:image/(png|gif|jpeg|webp)
};
// The URL as it should be stored (whitespace and control characters the URL parser would drop
// are removed), or nullopt when it is not allowed for `use`.
std::optional<std::string> safe_url(std::string_view raw, UrlUse use);

// CSS. A declaration that passed the policy: lowercase property, normalized value.
struct StyleDecl {
  std::string property;
  std::string value;
  bool important = false;
};
// The allowed declarations of a style attribute, in order (a later one for the same property
// replaces the earlier). Anything not allowed is dropped, as browsers drop invalid CSS.
std::vector<StyleDecl> parse_style(std::string_view css);
// One declaration, or nullopt when the property or the value is not allowed.
std::optional<StyleDecl> check_style(std::string_view property, std::string_view value,
                                     bool important = false);
std::string serialize_style(const std::vector<StyleDecl>& decls);
// `backgroundColor` → `background-color`, `cssFloat` → `float`; a name with a dash is only
// lowercased.
std::string css_property_name(std::string_view js_name);
bool is_allowed_css_property(std::string_view lower_property);

}  // namespace llmos::kernel::dom
