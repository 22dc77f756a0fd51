#include "kernel/viz/css.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace llmos::kernel::viz {
namespace {

struct Named {
  const char* name;
  unsigned rgb;
};

// CSS Color Module Level 4, §6.1, sorted by name for binary search.
constexpr Named kNamed[] = {
    {"aliceblue", 0xf0f8ff}, {"antiquewhite", 0xfaebd7}, {"aqua", 0x00ffff},
    {"aquamarine", 0x7fffd4}, {"azure", 0xf0ffff}, {"beige", 0xf5f5dc},
    {"bisque", 0xffe4c4}, {"black", 0x000000}, {"blanchedalmond", 0xffebcd},
    {"blue", 0x0000ff}, {"blueviolet", 0x8a2be2}, {"brown", 0xa52a2a},
    {"burlywood", 0xdeb887}, {"cadetblue", 0x5f9ea0}, {"chartreuse", 0x7fff00},
    {"chocolate", 0xd2691e}, {"coral", 0xff7f50}, {"cornflowerblue", 0x6495ed},
    {"cornsilk", 0xfff8dc}, {"crimson", 0xdc143c}, {"cyan", 0x00ffff},
    {"darkblue", 0x00008b}, {"darkcyan", 0x008b8b}, {"darkgoldenrod", 0xb8860b},
    {"darkgray", 0xa9a9a9}, {"darkgreen", 0x006400}, {"darkgrey", 0xa9a9a9},
    {"darkkhaki", 0xbdb76b}, {"darkmagenta", 0x8b008b}, {"darkolivegreen", 0x556b2f},
    {"darkorange", 0xff8c00}, {"darkorchid", 0x9932cc}, {"darkred", 0x8b0000},
    {"darksalmon", 0xe9967a}, {"darkseagreen", 0x8fbc8f}, {"darkslateblue", 0x483d8b},
    {"darkslategray", 0x2f4f4f}, {"darkslategrey", 0x2f4f4f}, {"darkturquoise", 0x00ced1},
    {"darkviolet", 0x9400d3}, {"deeppink", 0xff1493}, {"deepskyblue", 0x00bfff},
    {"dimgray", 0x696969}, {"dimgrey", 0x696969}, {"dodgerblue", 0x1e90ff},
    {"firebrick", 0xb22222}, {"floralwhite", 0xfffaf0}, {"forestgreen", 0x228b22},
    {"fuchsia", 0xff00ff}, {"gainsboro", 0xdcdcdc}, {"ghostwhite", 0xf8f8ff},
    {"gold", 0xffd700}, {"goldenrod", 0xdaa520}, {"gray", 0x808080},
    {"green", 0x008000}, {"greenyellow", 0xadff2f}, {"grey", 0x808080},
    {"honeydew", 0xf0fff0}, {"hotpink", 0xff69b4}, {"indianred", 0xcd5c5c},
    {"indigo", 0x4b0082}, {"ivory", 0xfffff0}, {"khaki", 0xf0e68c},
    {"lavender", 0xe6e6fa}, {"lavenderblush", 0xfff0f5}, {"lawngreen", 0x7cfc00},
    {"lemonchiffon", 0xfffacd}, {"lightblue", 0xadd8e6}, {"lightcoral", 0xf08080},
    {"lightcyan", 0xe0ffff}, {"lightgoldenrodyellow", 0xfafad2}, {"lightgray", 0xd3d3d3},
    {"lightgreen", 0x90ee90}, {"lightgrey", 0xd3d3d3}, {"lightpink", 0xffb6c1},
    {"lightsalmon", 0xffa07a}, {"lightseagreen", 0x20b2aa}, {"lightskyblue", 0x87cefa},
    {"lightslategray", 0x778899}, {"lightslategrey", 0x778899}, {"lightsteelblue", 0xb0c4de},
    {"lightyellow", 0xffffe0}, {"lime", 0x00ff00}, {"limegreen", 0x32cd32},
    {"linen", 0xfaf0e6}, {"magenta", 0xff00ff}, {"maroon", 0x800000},
    {"mediumaquamarine", 0x66cdaa}, {"mediumblue", 0x0000cd}, {"mediumorchid", 0xba55d3},
    {"mediumpurple", 0x9370db}, {"mediumseagreen", 0x3cb371}, {"mediumslateblue", 0x7b68ee},
    {"mediumspringgreen", 0x00fa9a}, {"mediumturquoise", 0x48d1cc}, {"mediumvioletred", 0xc71585},
    {"midnightblue", 0x191970}, {"mintcream", 0xf5fffa}, {"mistyrose", 0xffe4e1},
    {"moccasin", 0xffe4b5}, {"navajowhite", 0xffdead}, {"navy", 0x000080},
    {"oldlace", 0xfdf5e6}, {"olive", 0x808000}, {"olivedrab", 0x6b8e23},
    {"orange", 0xffa500}, {"orangered", 0xff4500}, {"orchid", 0xda70d6},
    {"palegoldenrod", 0xeee8aa}, {"palegreen", 0x98fb98}, {"paleturquoise", 0xafeeee},
    {"palevioletred", 0xdb7093}, {"papayawhip", 0xffefd5}, {"peachpuff", 0xffdab9},
    {"peru", 0xcd853f}, {"pink", 0xffc0cb}, {"plum", 0xdda0dd},
    {"powderblue", 0xb0e0e6}, {"purple", 0x800080}, {"rebeccapurple", 0x663399},
    {"red", 0xff0000}, {"rosybrown", 0xbc8f8f}, {"royalblue", 0x4169e1},
    {"saddlebrown", 0x8b4513}, {"salmon", 0xfa8072}, {"sandybrown", 0xf4a460},
    {"seagreen", 0x2e8b57}, {"seashell", 0xfff5ee}, {"sienna", 0xa0522d},
    {"silver", 0xc0c0c0}, {"skyblue", 0x87ceeb}, {"slateblue", 0x6a5acd},
    {"slategray", 0x708090}, {"slategrey", 0x708090}, {"snow", 0xfffafa},
    {"springgreen", 0x00ff7f}, {"steelblue", 0x4682b4}, {"tan", 0xd2b48c},
    {"teal", 0x008080}, {"thistle", 0xd8bfd8}, {"tomato", 0xff6347},
    {"turquoise", 0x40e0d0}, {"violet", 0xee82ee}, {"wheat", 0xf5deb3},
    {"white", 0xffffff}, {"whitesmoke", 0xf5f5f5}, {"yellow", 0xffff00},
    {"yellowgreen", 0x9acd32},
};

std::string lower_trimmed(std::string_view s) {
  const auto is_space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

int hex_digit(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  return -1;
}

// Halves round up (as CSS says); the epsilon keeps 127.49999999 (hsl arithmetic) from rounding down.
int clamp_channel(double v) { return static_cast<int>(std::lround(std::clamp(v + 1e-9, 0.0, 255.0))); }

// A CSS <number>: [+-] digits [. digits] [e [+-] digits], or [+-] . digits.
bool parse_number(std::string_view s, double& out) {
  if (s.empty()) return false;
  std::size_t i = 0;
  if (s[i] == '+' || s[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t frac = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac;
    if (frac == 0) return false;
    digits += frac;
  }
  if (digits == 0) return false;
  if (i < s.size() && s[i] == 'e') {
    std::size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    std::size_t exp_digits = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j, ++exp_digits;
    if (exp_digits > 0) i = j;
  }
  if (i != s.size()) return false;
  const std::string copy(s);  // strtod needs a terminated string
  char* end = nullptr;
  out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && std::isfinite(out);
}

// The arguments of rgb()/hsl(): comma-separated (legacy) or space-separated with "/ alpha".
bool split_args(std::string_view body, std::vector<std::string>& args) {
  args.clear();
  const bool commas = body.find(',') != std::string_view::npos;
  std::string cur;
  const auto flush = [&] {
    if (!cur.empty()) args.push_back(cur);
    cur.clear();
  };
  for (char ch : body) {
    if (commas ? ch == ',' : (ch == ' ' || ch == '\t' || ch == '\n')) {
      if (commas) {
        // Every comma-separated argument must be present: "rgb(1,,2)" is invalid.
        std::string t = lower_trimmed(cur);
        if (t.empty()) return false;
        args.push_back(t);
        cur.clear();
      } else {
        flush();
      }
    } else if (!commas && ch == '/') {
      flush();
      args.push_back("/");
    } else {
      cur += ch;
    }
  }
  if (commas) {
    std::string t = lower_trimmed(cur);
    if (t.empty()) return false;
    args.push_back(t);
    if (std::any_of(args.begin(), args.end(), [](const std::string& a) { return a.find(' ') != std::string::npos; }))
      return false;
    return true;
  }
  flush();
  // Space syntax: a b c [/ alpha].
  if (args.size() == 5 && args[3] == "/") {
    args.erase(args.begin() + 3);
    return true;
  }
  return args.size() == 3;
}

// A number or a percentage; `percent_scale` is what 100% means.
bool number_or_percent(const std::string& s, double percent_scale, double& out) {
  if (!s.empty() && s.back() == '%') {
    if (!parse_number(std::string_view(s).substr(0, s.size() - 1), out)) return false;
    out = out / 100 * percent_scale;
    return true;
  }
  return parse_number(s, out);
}

bool parse_alpha(const std::string& s, double& out) {
  if (!number_or_percent(s, 1, out)) return false;
  out = std::clamp(out, 0.0, 1.0);
  return true;
}

bool parse_hue(const std::string& s, double& degrees) {
  static constexpr std::pair<std::string_view, double> kUnits[] = {
      {"deg", 1}, {"grad", 0.9}, {"rad", 57.29577951308232}, {"turn", 360}};
  for (const auto& [unit, scale] : kUnits) {
    if (s.size() > unit.size() && std::string_view(s).substr(s.size() - unit.size()) == unit) {
      if (!parse_number(std::string_view(s).substr(0, s.size() - unit.size()), degrees)) return false;
      degrees *= scale;
      return true;
    }
  }
  return parse_number(s, degrees);
}

double hue_to_rgb(double m1, double m2, double h) {
  if (h < 0) h += 1;
  if (h > 1) h -= 1;
  if (h * 6 < 1) return m1 + (m2 - m1) * h * 6;
  if (h * 2 < 1) return m2;
  if (h * 3 < 2) return m1 + (m2 - m1) * (2.0 / 3 - h) * 6;
  return m1;
}

std::optional<Rgba> parse_functional(const std::string& s) {
  const auto open = s.find('(');
  if (open == std::string::npos || s.back() != ')') return std::nullopt;
  std::string name = lower_trimmed(std::string_view(s).substr(0, open));
  std::vector<std::string> args;
  if (!split_args(std::string_view(s).substr(open + 1, s.size() - open - 2), args)) return std::nullopt;
  if (args.size() != 3 && args.size() != 4) return std::nullopt;
  Rgba c;
  if (args.size() == 4 && !parse_alpha(args[3], c.a)) return std::nullopt;
  if (name == "rgb" || name == "rgba") {
    double v[3];
    for (int i = 0; i < 3; ++i)
      if (!number_or_percent(args[static_cast<std::size_t>(i)], 255, v[i])) return std::nullopt;
    c.r = clamp_channel(v[0]);
    c.g = clamp_channel(v[1]);
    c.b = clamp_channel(v[2]);
    return c;
  }
  if (name == "hsl" || name == "hsla") {
    double h = 0, sat = 0, light = 0;
    if (!parse_hue(args[0], h) || !number_or_percent(args[1], 100, sat) ||
        !number_or_percent(args[2], 100, light))
      return std::nullopt;
    h = std::fmod(std::fmod(h, 360) + 360, 360) / 360;
    sat = std::clamp(sat / 100, 0.0, 1.0);
    light = std::clamp(light / 100, 0.0, 1.0);
    const double m2 = light <= 0.5 ? light * (sat + 1) : light + sat - light * sat;
    const double m1 = light * 2 - m2;
    c.r = clamp_channel(hue_to_rgb(m1, m2, h + 1.0 / 3) * 255);
    c.g = clamp_channel(hue_to_rgb(m1, m2, h) * 255);
    c.b = clamp_channel(hue_to_rgb(m1, m2, h - 1.0 / 3) * 255);
    return c;
  }
  return std::nullopt;
}

bool is_generic(const std::string& f) {
  return f == "serif" || f == "sans-serif" || f == "monospace" || f == "cursive" || f == "fantasy" ||
         f == "system-ui" || f == "ui-serif" || f == "ui-sans-serif" || f == "ui-monospace" ||
         f == "ui-rounded" || f == "math" || f == "emoji" || f == "fangsong";
}

}  // namespace

std::string number_to_string(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (v == 0) return "0";
  char buf[400];
  const double mag = std::fabs(v);
  const bool fixed = mag >= 1e-6 && mag < 1e21;
  const auto r = std::to_chars(buf, buf + sizeof buf, v,
                               fixed ? std::chars_format::fixed : std::chars_format::scientific);
  std::string s(buf, r.ptr);
  // JavaScript writes "1e-7" and "1e+21", not "1e-07".
  const std::size_t e = s.find('e');
  if (e != std::string::npos && e + 2 < s.size() && s[e + 2] == '0') s.erase(e + 2, 1);
  return s;
}

std::optional<Rgba> parse_color(std::string_view css) {
  const std::string s = lower_trimmed(css);
  if (s.empty()) return std::nullopt;
  if (s[0] == '#') {
    const std::string_view hex = std::string_view(s).substr(1);
    for (char ch : hex)
      if (hex_digit(ch) < 0) return std::nullopt;
    Rgba c;
    if (hex.size() == 3 || hex.size() == 4) {
      c.r = hex_digit(hex[0]) * 17;
      c.g = hex_digit(hex[1]) * 17;
      c.b = hex_digit(hex[2]) * 17;
      if (hex.size() == 4) c.a = hex_digit(hex[3]) * 17 / 255.0;
      return c;
    }
    if (hex.size() == 6 || hex.size() == 8) {
      const auto byte = [&](std::size_t i) { return hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1]); };
      c.r = byte(0);
      c.g = byte(2);
      c.b = byte(4);
      if (hex.size() == 8) c.a = byte(6) / 255.0;
      return c;
    }
    return std::nullopt;
  }
  if (s.find('(') != std::string::npos) return parse_functional(s);
  if (s == "transparent") return Rgba{0, 0, 0, 0};
  if (s == "currentcolor") return Rgba{};
  const auto* end = std::end(kNamed);
  const auto* it = std::lower_bound(std::begin(kNamed), end, s,
                                    [](const Named& n, const std::string& key) { return key.compare(n.name) > 0; });
  if (it == end || s != it->name) return std::nullopt;
  return Rgba{static_cast<int>(it->rgb >> 16), static_cast<int>((it->rgb >> 8) & 0xff),
              static_cast<int>(it->rgb & 0xff), 1};
}

std::string serialize_color(const Rgba& c) {
  char buf[64];
  if (c.a >= 1) {
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
  }
  // Browsers keep alpha in 8 bits and print the shortest decimal that rounds back to it.
  const int a8 = static_cast<int>(std::lround(c.a * 255));
  double a = a8 / 255.0;
  for (int digits = 1; digits <= 3; ++digits) {
    const double scale = std::pow(10, digits);
    const double r = std::round(a * scale) / scale;
    if (std::lround(r * 255) == a8) {
      a = r;
      break;
    }
  }
  std::snprintf(buf, sizeof buf, "rgba(%d, %d, %d, %s)", c.r, c.g, c.b, number_to_string(a).c_str());
  return buf;
}

std::string Font::css() const {
  std::string out;
  if (italic) out += "italic ";
  if (small_caps) out += "small-caps ";
  if (weight == 700) out += "bold ";
  else if (weight != 400) out += std::to_string(weight) + " ";
  out += number_to_string(size_px) + "px ";
  for (std::size_t i = 0; i < families.size(); ++i) {
    if (i) out += ", ";
    const std::string& f = families[i];
    const bool quote = f.find_first_of(" ,\"'") != std::string::npos && !is_generic(f);
    out += quote ? "\"" + f + "\"" : f;
  }
  return out;
}

std::string Font::face() const {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"sans-serif", "DejaVu Sans"}, {"system-ui", "DejaVu Sans"}, {"ui-sans-serif", "DejaVu Sans"},
      {"ui-rounded", "DejaVu Sans"}, {"-apple-system", "DejaVu Sans"}, {"blinkmacsystemfont", "DejaVu Sans"},
      {"arial", "DejaVu Sans"}, {"helvetica", "DejaVu Sans"}, {"helvetica neue", "DejaVu Sans"},
      {"verdana", "DejaVu Sans"}, {"tahoma", "DejaVu Sans"}, {"segoe ui", "DejaVu Sans"},
      {"roboto", "DejaVu Sans"}, {"open sans", "DejaVu Sans"}, {"inter", "DejaVu Sans"},
      {"trebuchet ms", "DejaVu Sans"}, {"calibri", "DejaVu Sans"}, {"liberation sans", "DejaVu Sans"},
      {"serif", "DejaVu Serif"}, {"ui-serif", "DejaVu Serif"}, {"times", "DejaVu Serif"},
      {"times new roman", "DejaVu Serif"}, {"georgia", "DejaVu Serif"}, {"garamond", "DejaVu Serif"},
      {"cambria", "DejaVu Serif"}, {"palatino", "DejaVu Serif"}, {"liberation serif", "DejaVu Serif"},
      {"monospace", "DejaVu Sans Mono"}, {"ui-monospace", "DejaVu Sans Mono"},
      {"courier", "DejaVu Sans Mono"}, {"courier new", "DejaVu Sans Mono"},
      {"consolas", "DejaVu Sans Mono"}, {"menlo", "DejaVu Sans Mono"}, {"monaco", "DejaVu Sans Mono"},
      {"fira code", "DejaVu Sans Mono"}, {"source code pro", "DejaVu Sans Mono"},
      {"liberation mono", "DejaVu Sans Mono"},
      {"dejavu sans", "DejaVu Sans"}, {"dejavu serif", "DejaVu Serif"},
      {"dejavu sans mono", "DejaVu Sans Mono"},
  };
  for (const std::string& family : families) {
    const std::string key = lower_trimmed(family);
    for (const auto& [name, face_name] : kMap)
      if (key == name) return std::string(face_name);
  }
  return "DejaVu Sans";
}

std::optional<Font> parse_font(std::string_view css, double parent_size_px) {
  const std::string s(css);
  Font font;
  font.families.clear();
  std::size_t i = 0;
  const auto skip_space = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
  };
  const auto next_word = [&] {
    skip_space();
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '/' && s[i] != ',') ++i;
    return lower_trimmed(std::string_view(s).substr(start, i - start));
  };

  // Style, variant, weight and stretch, in any order, then the size.
  std::optional<double> size;
  for (int words = 0; words < 5 && !size; ++words) {
    const std::string w = next_word();
    if (w.empty()) return std::nullopt;
    if (w == "normal") continue;
    if (w == "italic" || w == "oblique") {
      font.italic = true;
      continue;
    }
    if (w == "small-caps") {
      font.small_caps = true;
      continue;
    }
    if (w == "bold" || w == "bolder") {
      font.weight = 700;
      continue;
    }
    if (w == "lighter") {
      font.weight = 100;
      continue;
    }
    if (w == "ultra-condensed" || w == "extra-condensed" || w == "condensed" || w == "semi-condensed" ||
        w == "semi-expanded" || w == "expanded" || w == "extra-expanded" || w == "ultra-expanded")
      continue;
    // Absolute size keywords, in px at the medium size of 16px.
    static constexpr std::pair<std::string_view, double> kKeywords[] = {
        {"xx-small", 9}, {"x-small", 10}, {"small", 13}, {"medium", 16},
        {"large", 18}, {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}};
    bool keyword = false;
    for (const auto& [k, px] : kKeywords)
      if (w == k) size = px, keyword = true;
    if (keyword) break;
    if (w == "larger") {
      size = parent_size_px * 1.2;
      break;
    }
    if (w == "smaller") {
      size = parent_size_px / 1.2;
      break;
    }
    // A number: a weight (1..1000, no unit) or the size (with a unit).
    std::size_t unit_at = 0;
    while (unit_at < w.size() && (std::isdigit(static_cast<unsigned char>(w[unit_at])) || w[unit_at] == '.' ||
                                  ((w[unit_at] == '+' || w[unit_at] == '-') && unit_at == 0)))
      ++unit_at;
    double value = 0;
    if (unit_at == 0 || !parse_number(std::string_view(w).substr(0, unit_at), value)) return std::nullopt;
    const std::string unit = w.substr(unit_at);
    if (unit.empty()) {
      if (value >= 1 && value <= 1000 && value == std::floor(value)) {
        font.weight = static_cast<int>(value);
        continue;
      }
      if (value == 0) {
        size = 0;
        break;
      }
      return std::nullopt;
    }
    static constexpr std::pair<std::string_view, double> kUnits[] = {
        {"px", 1}, {"pt", 4.0 / 3}, {"pc", 16}, {"in", 96}, {"cm", 96 / 2.54}, {"mm", 96 / 25.4},
        {"q", 96 / 101.6}};
    bool known = false;
    for (const auto& [u, scale] : kUnits)
      if (unit == u) size = value * scale, known = true;
    if (!known) {
      if (unit == "em") size = value * parent_size_px;
      else if (unit == "rem") size = value * 16;
      else if (unit == "%") size = value / 100 * parent_size_px;
      else return std::nullopt;
    }
    break;
  }
  if (!size || *size < 0) return std::nullopt;
  font.size_px = *size;

  // An optional line height, which a canvas ignores.
  skip_space();
  if (i < s.size() && s[i] == '/') {
    ++i;
    if (next_word().empty()) return std::nullopt;
  }

  // The family list: names, quoted or not, separated by commas.
  while (true) {
    skip_space();
    if (i >= s.size()) break;
    std::string family;
    if (s[i] == '"' || s[i] == '\'') {
      const char quote = s[i++];
      const std::size_t close = s.find(quote, i);
      if (close == std::string::npos) return std::nullopt;
      family = s.substr(i, close - i);
      i = close + 1;
      skip_space();
    } else {
      const std::size_t comma = s.find(',', i);
      family = lower_trimmed(std::string_view(s).substr(i, (comma == std::string::npos ? s.size() : comma) - i));
      // Unquoted names keep their case, except the generic keywords.
      std::string original(std::string_view(s).substr(i, (comma == std::string::npos ? s.size() : comma) - i));
      while (!original.empty() && (original.back() == ' ' || original.back() == '\t')) original.pop_back();
      if (!is_generic(family)) family = original;
      i = comma == std::string::npos ? s.size() : comma;
    }
    if (family.empty()) return std::nullopt;
    font.families.push_back(family);
    if (i < s.size()) {
      if (s[i] != ',') return std::nullopt;
      ++i;
      skip_space();
      if (i >= s.size()) return std::nullopt;  // a trailing comma
    }
  }
  if (font.families.empty()) return std::nullopt;
  return font;
}

}  // namespace llmos::kernel::viz
