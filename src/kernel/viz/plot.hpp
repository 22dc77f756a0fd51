#pragma once
// The pure core of LLMOS.viz.plot (no engine types): line, bar and scatter charts drawn with the
// canvas's own drawing code (Canvas2D) onto a Cairo SVG surface.
#include <optional>
#include <string>
#include <vector>

#include "kernel/viz/css.hpp"

namespace llmos::kernel::viz {

inline constexpr int kDefaultPlotWidth = 640;
inline constexpr int kDefaultPlotHeight = 400;
inline constexpr int kMinPlotSide = 100;
// Points over all series. Every scatter marker and bar is its own shape in the SVG, a line is
// one path: the limits keep a plot under a second to draw and a few MB to return.
inline constexpr std::size_t kMaxPlotPoints = 100000;
inline constexpr std::size_t kMaxScatterPoints = 20000;
inline constexpr std::size_t kMaxBars = 5000;
inline constexpr std::size_t kMaxPlotSeries = 100;

enum class PlotType { kLine, kBar, kScatter };

struct Series {
  // Either numbers or category names on x (not both); y has the same length, NaN for a gap.
  std::vector<double> x;
  std::vector<std::string> x_names;
  std::vector<double> y;
  std::string label;
  std::optional<Rgba> color;
};

struct PlotSpec {
  PlotType type = PlotType::kLine;
  std::string title, xlabel, ylabel;
  int width = kDefaultPlotWidth, height = kDefaultPlotHeight;
  std::optional<bool> legend;  // default: shown when there are several series
  bool grid = true;
  std::vector<Series> series;
};

struct Svg {
  std::string data;
  int width = 0, height = 0;
};

class Canvas2D;

// Draws the chart on `g` (spec.width x spec.height units, from the origin): the one drawing code
// behind every output. False when the drawing failed.
bool draw_plot(Canvas2D& g, const PlotSpec& spec);

// The chart as an SVG document; nullopt when Cairo fails (out of memory). The SVG carries, over
// the drawing, an invisible text layer with every label at its place (so the text can be
// searched and selected) and the title as its <title>.
std::optional<Svg> render_plot(const PlotSpec& spec);

// "Nice" tick values inside [lo, hi]: multiples of the smallest step of 1, 2, 2.5 or 5 times a
// power of ten that gives at most `max_ticks` of them.
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);
// A tick value printed with as many decimals as its step needs ("0.25", "1500", "-2", "1e+06").
std::string format_tick(double value, double step);

}  // namespace llmos::kernel::viz
