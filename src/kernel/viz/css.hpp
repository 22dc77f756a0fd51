#pragma once
// CSS values the canvas takes as strings: colours and the font shorthand (no engine types).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmos::kernel::viz {

// A colour with 8-bit channels, as browsers keep canvas colours; alpha in [0, 1].
struct Rgba {
  int r = 0, g = 0, b = 0;
  double a = 1;
  bool operator==(const Rgba&) const = default;
};

// Named colours (the 148 of CSS Color 4, `transparent`, `currentcolor` as black, as a canvas
// outside a document has it), #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() and hsl()/hsla()
// with commas or spaces (and `/ alpha`), numbers or percentages. Case-insensitive.
std::optional<Rgba> parse_color(std::string_view css);

// How a canvas reads a colour back: "#rrggbb" when opaque, else "rgba(r, g, b, a)".
std::string serialize_color(const Rgba& c);

// A number as JavaScript prints it: the shortest text that reads back as it ("10", "0.1",
// "1e+21", "1e-7", "NaN").
std::string number_to_string(double v);

struct Font {
  bool italic = false;
  bool small_caps = false;
  int weight = 400;  // 100..900; bold is 700
  double size_px = 10;
  std::vector<std::string> families{"sans-serif"};

  // The shorthand as a canvas reads it back: "italic bold 16px sans-serif".
  std::string css() const;
  // The installed DejaVu face that renders it: generic families and common web fonts map to
  // their DejaVu counterpart (sans, serif, mono), anything else to DejaVu Sans.
  std::string face() const;
};

// The CSS `font` shorthand: [style] [variant] [weight] [stretch] size[/line-height] family[, ...].
// Relative sizes (em, rem, %) are relative to `parent_size_px`, as a canvas resolves them against
// its default 10px font.
std::optional<Font> parse_font(std::string_view css, double parent_size_px = 10);

}  // namespace llmos::kernel::viz
