#include "kernel/dom/policy.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace llmos::kernel::dom {
namespace {

using Names = std::unordered_set<std::string_view>;

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = lower(ch);
  return out;
}

bool is_alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

std::string_view trim(std::string_view s) {
  const auto ws = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// ---- Elements ----

const Names& html_kept() {
  static const Names names = {
      "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br",
      "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd",
      "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1",
      "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "ins", "kbd", "label",
      "li", "main", "mark", "meter", "nav", "ol", "p", "pre", "progress", "q", "rp", "rt", "ruby",
      "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table",
      "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr"};
  return names;
}

// Left out with their content: what runs script, loads or embeds something, or is parsed as raw
// text by browsers (where the text of a sanitized tree would be read as markup again).
const Names& html_dropped() {
  static const Names names = {
      "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
      "applet", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "select", "option",
      "optgroup", "datalist", "head", "meta", "link", "base", "basefont", "bgsound", "param",
      "audio", "video", "source", "track", "input", "keygen", "area", "image", "isindex", "portal",
      "fencedframe", "math", "svg"};
  return names;
}

const Names& html_void() {
  static const Names names = {"br", "col", "hr", "img", "wbr"};
  return names;
}

// SVG elements: lowercase → canonical spelling.
const std::unordered_map<std::string_view, std::string_view>& svg_kept() {
  static const std::unordered_map<std::string_view, std::string_view> names = {
      {"svg", "svg"},           {"g", "g"},
      {"defs", "defs"},         {"title", "title"},
      {"desc", "desc"},         {"rect", "rect"},
      {"circle", "circle"},     {"ellipse", "ellipse"},
      {"line", "line"},         {"polyline", "polyline"},
      {"polygon", "polygon"},   {"path", "path"},
      {"text", "text"},         {"tspan", "tspan"},
      {"lineargradient", "linearGradient"}, {"radialgradient", "radialGradient"},
      {"stop", "stop"},         {"clippath", "clipPath"},
      {"mask", "mask"},         {"marker", "marker"},
      {"pattern", "pattern"}};
  return names;
}

// ---- Attributes ----

const Names& html_global_attrs() {
  static const Names names = {"id", "class", "title", "lang", "dir", "role", "style", "hidden",
                              "tabindex", "translate"};
  return names;
}

const std::unordered_map<std::string_view, Names>& html_element_attrs() {
  static const std::unordered_map<std::string_view, Names> attrs = {
      {"a", {"href", "target", "rel", "hreflang"}},
      {"img", {"src", "alt", "width", "height", "loading", "decoding"}},
      {"td", {"colspan", "rowspan", "headers", "abbr", "align", "valign", "width", "height", "nowrap"}},
      {"th", {"colspan", "rowspan", "headers", "abbr", "align", "valign", "width", "height", "nowrap", "scope"}},
      {"table", {"border", "cellpadding", "cellspacing", "width", "summary", "align"}},
      {"col", {"span", "width", "align", "valign"}},
      {"colgroup", {"span", "width", "align", "valign"}},
      {"tr", {"align", "valign"}},
      {"tbody", {"align", "valign"}},
      {"thead", {"align", "valign"}},
      {"tfoot", {"align", "valign"}},
      {"ol", {"start", "reversed", "type"}},
      {"ul", {"type"}},
      {"li", {"value", "type"}},
      {"blockquote", {"cite"}},
      {"q", {"cite"}},
      {"del", {"cite", "datetime"}},
      {"ins", {"cite", "datetime"}},
      {"time", {"datetime"}},
      {"data", {"value"}},
      {"details", {"open"}},
      {"button", {"type", "disabled", "value"}},
      {"meter", {"value", "min", "max", "low", "high", "optimum"}},
      {"progress", {"value", "max"}},
      {"canvas", {"width", "height"}},
      {"p", {"align"}},
      {"div", {"align"}},
      {"h1", {"align"}}, {"h2", {"align"}}, {"h3", {"align"}},
      {"h4", {"align"}}, {"h5", {"align"}}, {"h6", {"align"}},
      {"caption", {"align"}},
      {"hr", {"align"}},
      {"label", {"for"}},
  };
  return attrs;
}

// SVG attributes (any element): lowercase → canonical spelling.
const std::unordered_map<std::string_view, std::string_view>& svg_attrs() {
  static const std::unordered_map<std::string_view, std::string_view> attrs = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (std::string_view n :
         {"id", "class", "style", "transform", "fill", "fill-opacity", "fill-rule", "stroke",
          "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
          "stroke-dashoffset", "stroke-miterlimit", "opacity", "visibility", "display", "color", "x",
          "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points",
          "width", "height", "font-family", "font-size", "font-weight", "font-style", "font-variant",
          "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
          "letter-spacing", "word-spacing", "text-decoration", "dx", "dy", "rotate", "offset",
          "stop-color", "stop-opacity", "clip-path", "clip-rule", "mask", "marker-start",
          "marker-mid", "marker-end", "orient", "vector-effect", "shape-rendering",
          "text-rendering", "paint-order", "overflow", "role", "lang", "version", "tabindex"})
      m.emplace(n, n);
    static constexpr std::pair<std::string_view, std::string_view> kCamel[] = {
        {"viewbox", "viewBox"},
        {"preserveaspectratio", "preserveAspectRatio"},
        {"textlength", "textLength"},
        {"lengthadjust", "lengthAdjust"},
        {"gradientunits", "gradientUnits"},
        {"gradienttransform", "gradientTransform"},
        {"spreadmethod", "spreadMethod"},
        {"clippathunits", "clipPathUnits"},
        {"maskunits", "maskUnits"},
        {"maskcontentunits", "maskContentUnits"},
        {"markerwidth", "markerWidth"},
        {"markerheight", "markerHeight"},
        {"markerunits", "markerUnits"},
        {"refx", "refX"},
        {"refy", "refY"},
        {"patternunits", "patternUnits"},
        {"patterncontentunits", "patternContentUnits"},
        {"patterntransform", "patternTransform"},
        {"pathlength", "pathLength"}};
    for (const auto& [l, canonical] : kCamel) m.emplace(l, canonical);
    return m;
  }();
  return attrs;
}

// Attributes whose value may reference a paint server or clip path of the same document.
bool takes_local_reference(std::string_view name) {
  return name == "fill" || name == "stroke" || name == "clip-path" || name == "mask" ||
         name == "marker-start" || name == "marker-mid" || name == "marker-end";
}

// `url(#id)` references only: anything else inside url() could fetch or run something.
bool url_references_are_local(std::string_view value) {
  const std::string v = to_lower(value);
  std::size_t pos = 0;
  while ((pos = v.find("url(", pos)) != std::string::npos) {
    std::size_t i = pos + 4;
    if (i >= v.size() || v[i] != '#') return false;
    ++i;
    const std::size_t start = i;
    while (i < v.size() && (is_alpha(v[i]) || is_digit(v[i]) || v[i] == '-' || v[i] == '_' || v[i] == '.'))
      ++i;
    if (i == start || i >= v.size() || v[i] != ')') return false;
    pos = i + 1;
  }
  return true;
}

bool mentions_script(std::string_view value) {
  std::string v;
  v.reserve(value.size());
  for (char ch : value)
    if (static_cast<unsigned char>(ch) > 0x20) v += lower(ch);  // "java script:" is still a URL
  return contains(v, "javascript:") || contains(v, "vbscript:") || contains(v, "expression(");
}

bool is_token_list(std::string_view v) {
  return std::all_of(v.begin(), v.end(), [](char ch) { return is_alpha(ch) || ch == '-' || ch == ' '; });
}

bool one_of(std::string_view v, std::initializer_list<std::string_view> options) {
  const std::string l = to_lower(trim(v));
  return std::find(options.begin(), options.end(), l) != options.end();
}

bool is_data_name(std::string_view lower_name) {
  if (lower_name.size() <= 5 || lower_name.substr(0, 5) != "data-") return false;
  return std::all_of(lower_name.begin() + 5, lower_name.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '-' || ch == '_' || ch == '.';
  });
}

bool is_aria_name(std::string_view lower_name) {
  if (lower_name.size() <= 5 || lower_name.substr(0, 5) != "aria-") return false;
  return std::all_of(lower_name.begin() + 5, lower_name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

std::optional<CheckedAttr> refuse(std::string* why, std::string reason) {
  if (why) *why = std::move(reason);
  return std::nullopt;
}

// ---- CSS ----

const Names& css_properties() {
  static const Names names = {
      "color", "background", "background-color", "background-image", "background-position",
      "background-size", "background-repeat", "border", "border-top", "border-right",
      "border-bottom", "border-left", "border-color", "border-style", "border-width",
      "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
      "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
      "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
      "border-radius", "border-top-left-radius", "border-top-right-radius",
      "border-bottom-left-radius", "border-bottom-right-radius", "border-collapse",
      "border-spacing", "outline", "outline-color", "outline-style", "outline-width",
      "outline-offset", "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
      "padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "width",
      "height", "min-width", "min-height", "max-width", "max-height", "box-sizing", "display",
      "visibility", "overflow", "overflow-x", "overflow-y", "float", "clear", "position", "top",
      "right", "bottom", "left", "z-index", "font", "font-family", "font-size", "font-style",
      "font-weight", "font-variant", "line-height", "letter-spacing", "word-spacing", "text-align",
      "text-decoration", "text-decoration-color", "text-decoration-line", "text-decoration-style",
      "text-indent", "text-transform", "text-shadow", "text-overflow", "white-space", "word-break",
      "word-wrap", "overflow-wrap", "vertical-align", "direction", "list-style", "list-style-type",
      "list-style-position", "opacity", "box-shadow", "cursor", "flex", "flex-direction",
      "flex-wrap", "flex-flow", "flex-grow", "flex-shrink", "flex-basis", "justify-content",
      "justify-items", "justify-self", "align-items", "align-content", "align-self", "order", "gap",
      "row-gap", "column-gap", "place-items", "place-content", "grid", "grid-template",
      "grid-template-columns", "grid-template-rows", "grid-template-areas", "grid-column",
      "grid-row", "grid-area", "grid-auto-flow", "grid-auto-columns", "grid-auto-rows",
      "grid-column-start", "grid-column-end", "grid-row-start", "grid-row-end", "table-layout",
      "caption-side", "empty-cells", "transform", "transform-origin", "transition", "fill",
      "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
      "stroke-linecap", "stroke-linejoin", "text-anchor", "dominant-baseline", "columns",
      "column-count", "column-width", "aspect-ratio", "object-fit", "object-position"};
  return names;
}

const Names& css_functions() {
  static const Names names = {
      "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "calc", "min", "max",
      "clamp", "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
      "repeating-radial-gradient", "translate", "translatex", "translatey", "rotate", "scale",
      "scalex", "scaley", "skew", "skewx", "skewy", "matrix", "cubic-bezier", "steps", "repeat",
      "minmax", "fit-content"};
  return names;
}

// Whether `value` (no `!important`) is a CSS value that can only paint: no url() (except a
// local reference for fill/stroke), no expression(), no escapes or comments that could hide
// either, no characters that end the declaration or the rule.
bool css_value_allowed(std::string_view property, std::string_view value) {
  if (value.empty() || value.size() > 2048) return false;
  char quote = 0;
  int depth = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char ch = value[i];
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 || u == 0x7f) return false;
    if (ch == '\\' || ch == '<' || ch == '>' || ch == '{' || ch == '}' || ch == ';' || ch == '@' ||
        ch == '&' || ch == '`' || ch == '=' || ch == '[' || ch == ']' || ch == ':' || ch == '!')
      return false;
    if (ch == '/' && i + 1 < value.size() && value[i + 1] == '*') return false;
    if (ch == '*' && i + 1 < value.size() && value[i + 1] == '/') return false;
    if (quote) {
      if (ch == quote) quote = 0;
      continue;
    }
    if (ch == '"' || ch == '\'') {
      quote = ch;
      continue;
    }
    if (ch == '(') {
      std::size_t start = i;
      while (start > 0 && (is_alpha(value[start - 1]) || is_digit(value[start - 1]) || value[start - 1] == '-'))
        --start;
      const std::string fn = to_lower(value.substr(start, i - start));
      if (fn.empty()) {
        if (depth == 0) return false;
      } else if (fn == "url") {
        if (!(property == "fill" || property == "stroke")) return false;
      } else if (!css_functions().count(fn)) {
        return false;
      }
      ++depth;
    } else if (ch == ')') {
      if (--depth < 0) return false;
    }
  }
  if (quote || depth != 0) return false;
  if (!url_references_are_local(value)) return false;
  std::string l = to_lower(value);
  for (std::string_view bad : {"expression", "javascript", "vbscript", "behavior", "binding", "import"})
    if (contains(l, bad)) return false;
  // Out of the artifact's box and over the page around it.
  if (property == "position" && contains(l, "fixed")) return false;
  return true;
}

std::string collapse_spaces(std::string_view v) {
  std::string out;
  bool space = false;
  for (char ch : trim(v)) {
    const bool ws = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

}  // namespace

ElementRule element_rule(Ns ns, std::string_view lower_name) {
  ElementRule rule;
  if (ns == Ns::kSvg) {
    const auto& kept = svg_kept();
    if (auto it = kept.find(lower_name); it != kept.end()) {
      rule.action = ElementAction::kKeep;
      rule.name = it->second;
      rule.text_only = lower_name == "title" || lower_name == "desc";
    } else if (lower_name == "a" || lower_name == "switch") {
      rule.action = ElementAction::kUnwrap;
    }
    return rule;
  }
  if (const auto& kept = html_kept(); kept.count(lower_name)) {
    rule.action = ElementAction::kKeep;
    rule.name = *kept.find(lower_name);
    rule.is_void = html_void().count(lower_name) > 0;
  } else if (!html_dropped().count(lower_name)) {
    rule.action = ElementAction::kUnwrap;
  }
  return rule;
}

bool is_creatable_tag(std::string_view n) {
  return n == "div" || n == "span" || n == "p" || n == "h1" || n == "h2" || n == "h3" ||
         n == "canvas" || n == "svg" || n == "button";
}

std::optional<CheckedAttr> check_attribute(Ns ns, std::string_view tag, std::string_view name,
                                           std::string_view value, std::string* why) {
  const std::string lname = to_lower(name);
  if (lname.size() > 2 && lname[0] == 'o' && lname[1] == 'n')
    return refuse(why, "event handler attributes cannot be used in artifacts");
  if (lname == "style") {
    std::string css = serialize_style(parse_style(value));
    return CheckedAttr{"style", std::move(css)};
  }
  if (lname == "id" || lname == "class" || lname == "title" || lname == "lang" || lname == "role" ||
      is_data_name(lname) || is_aria_name(lname))
    return CheckedAttr{lname, std::string(value)};
  if (lname == "tabindex") {
    const std::string_view v = trim(value);
    const bool ok = !v.empty() && v.size() < 8 &&
                    std::all_of(v.begin() + (v[0] == '-' ? 1 : 0), v.end(), is_digit);
    if (!ok) return refuse(why, "tabindex must be an integer");
    return CheckedAttr{lname, std::string(v)};
  }

  if (ns == Ns::kSvg) {
    const auto& attrs = svg_attrs();
    const auto it = attrs.find(lname);
    if (it == attrs.end()) {
      if (lname == "href" || lname == "xlink:href" || lname == "src")
        return refuse(why, "SVG links and references to other documents are not allowed");
      return refuse(why, "attribute '" + std::string(name) + "' is not allowed on <" + std::string(tag) + ">");
    }
    if (takes_local_reference(lname)) {
      if (!url_references_are_local(value) || mentions_script(value))
        return refuse(why, "only url(#id) references to the same document are allowed in '" + lname + "'");
    } else if (contains(to_lower(value), "url(") || mentions_script(value)) {
      return refuse(why, "the value of '" + lname + "' is not allowed");
    }
    return CheckedAttr{std::string(it->second), std::string(value)};
  }

  const auto& per_element = html_element_attrs();
  const auto el = per_element.find(tag);
  const bool allowed = html_global_attrs().count(lname) > 0 ||
                       (el != per_element.end() && el->second.count(lname) > 0);
  if (!allowed) {
    if (lname == "srcset" || lname == "formaction" || lname == "action" || lname == "background" ||
        lname == "poster" || lname == "xlink:href" || lname == "ping" || lname == "srcdoc")
      return refuse(why, "attribute '" + lname + "' loads or runs something and is not allowed");
    return refuse(why, "attribute '" + std::string(name) + "' is not allowed on <" + std::string(tag) + ">");
  }
  if (lname == "href" || lname == "cite" || lname == "src") {
    auto url = safe_url(value, lname == "src" ? UrlUse::kImage : UrlUse::kLink);
    if (!url)
      return refuse(why, lname == "src" ? "only http, https, relative and data:image (png, gif, jpeg, webp) URLs are allowed in src"
                                        : "only http, https, mailto and relative URLs are allowed in " + lname);
    return CheckedAttr{lname, std::move(*url)};
  }
  if (lname == "dir" && !one_of(value, {"ltr", "rtl", "auto"})) return refuse(why, "dir must be ltr, rtl or auto");
  if (lname == "target" && !one_of(value, {"_blank", "_self", "_parent", "_top"}))
    return refuse(why, "target must be _blank, _self, _parent or _top");
  if (lname == "rel" && !is_token_list(value)) return refuse(why, "rel must be a list of link types");
  if (lname == "type" && tag == "button" && !one_of(value, {"button", "submit", "reset"}))
    return refuse(why, "type must be button, submit or reset");
  if (lname == "type" && tag != "button" &&
      (value.size() > 16 || !std::all_of(value.begin(), value.end(), [](char ch) { return is_alpha(ch) || is_digit(ch); })))
    return refuse(why, "type must be a list style such as 1, a, i or disc");
  if (lname == "loading" && !one_of(value, {"lazy", "eager"})) return refuse(why, "loading must be lazy or eager");
  if (lname == "decoding" && !one_of(value, {"sync", "async", "auto"})) return refuse(why, "decoding must be sync, async or auto");
  return CheckedAttr{lname, std::string(value)};
}

std::optional<std::string> safe_url(std::string_view raw, UrlUse use) {
  std::string s;
  s.reserve(raw.size());
  // The URL parser removes tabs and newlines anywhere ("java\tscript:" is "javascript:") and
  // C0 controls and spaces at both ends.
  for (char ch : raw)
    if (ch != '\t' && ch != '\n' && ch != '\r') s += ch;
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  s = s.substr(b, e - b);
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 || u == 0x7f) return std::nullopt;
  }
  const std::size_t colon = s.find_first_of(":/?#");
  if (colon == std::string::npos || s[colon] != ':') return s;  // relative
  const std::string_view scheme_raw = std::string_view(s).substr(0, colon);
  if (scheme_raw.empty() || !is_alpha(scheme_raw[0])) return std::nullopt;
  for (char ch : scheme_raw)
    if (!is_alpha(ch) && !is_digit(ch) && ch != '+' && ch != '-' && ch != '.') return std::nullopt;
  const std::string scheme = to_lower(scheme_raw);
  if (scheme == "http" || scheme == "https") return s;
  if (scheme == "mailto" && use == UrlUse::kLink) return s;
  if (scheme == "data" && use == UrlUse::kImage) {
    const std::size_t comma = s.find(',', colon);
    if (comma == std::string::npos) return std::nullopt;
    const std::string meta = to_lower(std::string_view(s).substr(colon + 1, comma - colon - 1));
    const std::size_t semi = meta.find(';');
    const std::string mime = meta.substr(0, semi);
    if (mime != "image/png" && mime != "image/gif" && mime != "image/jpeg" && mime != "image/jpg" &&
        mime != "image/webp")
      return std::nullopt;
    if (semi != std::string::npos) {
      for (char ch : std::string_view(meta).substr(semi))
        if (!(is_alpha(ch) || is_digit(ch) || ch == ';' || ch == '=' || ch == '-' || ch == '.' || ch == '_' || ch == '+'))
          return std::nullopt;
    }
    return s;
  }
  return std::nullopt;
}

std::string css_property_name(std::string_view js_name) {
  if (js_name == "cssFloat" || js_name == "styleFloat") return "float";
  if (js_name.find('-') != std::string_view::npos) return to_lower(js_name);
  std::string out;
  for (char ch : js_name) {
    if (ch >= 'A' && ch <= 'Z') {
      out += '-';
      out += lower(ch);
    } else {
      out += ch;
    }
  }
  return out;
}

bool is_allowed_css_property(std::string_view p) { return css_properties().count(p) > 0; }

std::optional<StyleDecl> check_style(std::string_view property, std::string_view value, bool important) {
  const std::string p = to_lower(trim(property));
  if (!is_allowed_css_property(p)) return std::nullopt;
  const std::string v = collapse_spaces(value);
  if (!css_value_allowed(p, v)) return std::nullopt;
  return StyleDecl{p, v, important};
}

std::vector<StyleDecl> parse_style(std::string_view css) {
  std::vector<StyleDecl> out;
  const auto add = [&](std::string_view decl) {
    const std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) return;
    std::string_view value = trim(decl.substr(colon + 1));
    bool important = false;
    if (const std::size_t bang = value.rfind('!'); bang != std::string_view::npos) {
      if (to_lower(trim(value.substr(bang + 1))) != "important") return;
      important = true;
      value = trim(value.substr(0, bang));
    }
    auto d = check_style(decl.substr(0, colon), value, important);
    if (!d) return;
    const auto same = std::find_if(out.begin(), out.end(), [&](const StyleDecl& x) { return x.property == d->property; });
    if (same != out.end()) out.erase(same);
    out.push_back(std::move(*d));
  };
  // Split on the semicolons that end declarations (not those inside quotes or parentheses).
  std::size_t start = 0;
  char quote = 0;
  int depth = 0;
  for (std::size_t i = 0; i < css.size(); ++i) {
    const char ch = css[i];
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '"' || ch == '\'') {
      quote = ch;
    } else if (ch == '(') {
      ++depth;
    } else if (ch == ')') {
      depth = std::max(0, depth - 1);
    } else if (ch == ';' && depth == 0) {
      add(css.substr(start, i - start));
      start = i + 1;
    }
  }
  add(css.substr(start));
  return out;
}

std::string serialize_style(const std::vector<StyleDecl>& decls) {
  std::string out;
  for (const StyleDecl& d : decls) {
    if (!out.empty()) out += ' ';
    out += d.property;
    out += ": ";
    out += d.value;
    if (d.important) out += " !important";
    out += ';';
  }
  return out;
}

}  // namespace llmos::kernel::dom
