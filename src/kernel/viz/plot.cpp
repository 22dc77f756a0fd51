#include "kernel/viz/plot.hpp"

#include <cairo-svg.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>

#include "kernel/viz/canvas2d.hpp"

namespace llmos::kernel::viz {
namespace {

// matplotlib's default cycle ("tab10"): familiar, and distinguishable by most colour-blind readers.
constexpr unsigned kPalette[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

constexpr const char* kTitleFont = "bold 16px sans-serif";
constexpr const char* kLabelFont = "13px sans-serif";
constexpr const char* kTickFont = "11px sans-serif";
constexpr const char* kLegendFont = "12px sans-serif";

Rgba rgb(unsigned v) {
  return Rgba{static_cast<int>(v >> 16), static_cast<int>((v >> 8) & 0xff), static_cast<int>(v & 0xff), 1};
}

Paint solid(unsigned v) { return Paint{rgb(v), nullptr}; }
Paint solid(const Rgba& c) { return Paint{c, nullptr}; }

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: {
        // XML 1.0 allows neither control characters nor U+FFFE/U+FFFF nor a lone surrogate
        // (which a JavaScript string may hold: QuickJS encodes it as ED A0..BF xx).
        const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
        if (static_cast<unsigned char>(ch) < 0x20) {
          out += ' ';
        } else if ((b(0) == 0xEF && b(1) == 0xBF && (b(2) == 0xBE || b(2) == 0xBF)) ||
                   (b(0) == 0xED && b(1) >= 0xA0 && b(1) <= 0xBF && b(2) != 0)) {
          out += "\xEF\xBF\xBD";  // U+FFFD
          i += 2;
        } else {
          out += ch;
        }
      }
    }
  }
  return out;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// The text layer: every label, invisible, at the place it is drawn.
std::string text_layer(const std::vector<TextRecord>& records) {
  std::string out = "<g class=\"llmos-text-layer\" fill=\"#000\" fill-opacity=\"0\" stroke=\"none\">\n";
  for (const TextRecord& r : records) {
    out += "<text x=\"" + fmt(r.x) + "\" y=\"" + fmt(r.y) + "\" font-family=\"" + xml_escape(r.face) +
           "\" font-size=\"" + fmt(r.size_px) + "\"";
    if (r.bold) out += " font-weight=\"bold\"";
    if (r.italic) out += " font-style=\"italic\"";
    if (std::fabs(r.rotation_deg) > 1e-9)
      out += " transform=\"rotate(" + fmt(r.rotation_deg) + " " + fmt(r.x) + " " + fmt(r.y) + ")\"";
    // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on "literal" + string + "literal".
    out.append(">").append(xml_escape(r.text)).append("</text>\n");
  }
  out += "</g>\n";
  return out;
}

void set_font(Canvas2D& g, const char* css) {
  if (auto f = parse_font(css)) g.set_font(*f);
}

struct Range {
  double lo = 0, hi = 1;
  std::vector<double> ticks;
  double step = 1;
};

// The axis spans the data with 4% of air on each side (none under a bar's zero line), so that
// no point or bar sits on the frame; the ticks are the nice values inside it.
Range make_range(double lo, double hi, int max_ticks, bool include_zero) {
  if (hi == lo) {
    const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const double pad = (hi - lo) * 0.04;
  if (include_zero) {
    if (hi > 0) hi += pad;
    if (lo < 0) lo -= pad;
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
  } else if (std::isfinite(pad)) {
    lo -= pad;
    hi += pad;
  }
  Range r;
  r.lo = lo;
  r.hi = hi;
  r.ticks = nice_ticks(lo, hi, max_ticks);
  r.step = r.ticks.size() > 1 ? r.ticks[1] - r.ticks[0] : 0;  // 0: format each tick on its own
  if (!(r.hi > r.lo)) r.hi = r.lo + 1;
  return r;
}

}  // namespace

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
  if (hi < lo) std::swap(lo, hi);
  const double span = hi - lo;
  if (!(span > 0) || !std::isfinite(span)) return {lo};
  max_ticks = std::max(max_ticks, 2);
  // The smallest step of 1, 2, 2.5 or 5 times a power of ten that gives at most max_ticks.
  static constexpr double kMultiples[] = {1, 2, 2.5, 5};
  const int first_exponent = static_cast<int>(std::floor(std::log10(span / max_ticks))) - 1;
  double step = std::pow(10, first_exponent + 3);
  bool found = false;
  for (int k = first_exponent; k <= first_exponent + 2 && !found; ++k) {
    for (double m : kMultiples) {
      const double candidate = m * std::pow(10, k);
      const double count = std::floor(hi / candidate + 1e-9) - std::ceil(lo / candidate - 1e-9) + 1;
      if (count <= max_ticks) {
        step = candidate;
        found = true;
        break;
      }
    }
  }
  std::vector<double> ticks;
  const double first = std::ceil(lo / step - 1e-9), last = std::floor(hi / step + 1e-9);
  for (double i = first; i <= last && ticks.size() < 100; ++i) {
    double v = i * step;
    if (std::fabs(v) < step * 1e-9) v = 0;
    ticks.push_back(v);
  }
  return ticks;
}

std::string format_tick(double value, double step) {
  if (value == 0 || !std::isfinite(value)) return value == 0 ? "0" : number_to_string(value);
  step = std::fabs(step);
  char buf[64];
  if (std::fabs(value) >= 1e6 || step < 1e-4 || step == 0) {
    // As many significant digits as the step has, at the value's magnitude.
    int precision = 6;
    if (step > 0) {
      const double step_exponent = std::floor(std::log10(step) + 1e-9);
      const double mantissa = step / std::pow(10, step_exponent);
      const int step_digits = std::fabs(mantissa - std::round(mantissa)) < 1e-6 ? 1 : 2;
      precision = static_cast<int>(std::floor(std::log10(std::fabs(value))) - step_exponent) + step_digits;
    }
    std::snprintf(buf, sizeof buf, "%.*g", std::clamp(precision, 1, 15), value);
  } else {
    int decimals = 0;
    while (decimals < 15) {
      const double scaled = step * std::pow(10, decimals);
      if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled) break;
      ++decimals;
    }
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  }
  std::string s = buf;
  // "-0.0" is 0.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  // "1e+06" reads better as "1e6", "2.5e-05" as "2.5e-5".
  const std::size_t e = s.find('e');
  if (e != std::string::npos) {
    std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
    const bool negative = !exponent.empty() && exponent[0] == '-';
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.erase(0, 1);
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    s = mantissa + "e" + (negative ? "-" : "") + exponent;
  }
  return s;
}

bool draw_plot(Canvas2D& g, const PlotSpec& spec) {
  const int W = spec.width, H = spec.height;

  // Categories: bar charts always have them, others when x holds names.
  const bool categorical =
      spec.type == PlotType::kBar ||
      std::any_of(spec.series.begin(), spec.series.end(), [](const Series& s) { return !s.x_names.empty(); });
  std::vector<std::string> categories;
  std::vector<std::vector<int>> category_of(spec.series.size());
  if (categorical) {
    for (std::size_t si = 0; si < spec.series.size(); ++si) {
      const Series& s = spec.series[si];
      for (std::size_t i = 0; i < s.y.size(); ++i) {
        const std::string name = !s.x_names.empty() ? s.x_names[i]
                                 : !s.x.empty()     ? number_to_string(s.x[i])
                                                    : std::to_string(i);
        auto it = std::find(categories.begin(), categories.end(), name);
        if (it == categories.end()) {
          categories.push_back(name);
          it = categories.end() - 1;
        }
        category_of[si].push_back(static_cast<int>(it - categories.begin()));
      }
    }
  }

  // Data ranges.
  double xmin = INFINITY, xmax = -INFINITY, ymin = INFINITY, ymax = -INFINITY;
  for (const Series& s : spec.series) {
    for (std::size_t i = 0; i < s.y.size(); ++i) {
      if (std::isnan(s.y[i])) continue;
      ymin = std::min(ymin, s.y[i]);
      ymax = std::max(ymax, s.y[i]);
      if (!categorical) {
        const double x = s.x.empty() ? static_cast<double>(i) : s.x[i];
        xmin = std::min(xmin, x);
        xmax = std::max(xmax, x);
      }
    }
  }
  if (ymin > ymax) ymin = 0, ymax = 1;  // only gaps
  if (!categorical && xmin > xmax) xmin = 0, xmax = 1;

  // Layout: margins from what goes in them.
  const double top = spec.title.empty() ? 16 : 40;
  const double bottom = 8 + 18 + (spec.xlabel.empty() ? 0 : 22) + 10;
  const int ytarget = std::clamp(static_cast<int>((H - top - bottom) / 40), 2, 10);
  const Range yr = make_range(ymin, ymax, ytarget, spec.type == PlotType::kBar);
  set_font(g, kTickFont);
  double ytick_width = 0;
  for (double t : yr.ticks) ytick_width = std::max(ytick_width, g.measure_text(format_tick(t, yr.step)).width);
  const double left = 10 + (spec.ylabel.empty() ? 0 : 22) + ytick_width + 8;

  // The legend goes right of the plot area, where it can hide no data.
  const std::size_t nseries = spec.series.size();
  const bool legend = spec.legend.value_or(nseries > 1) && nseries > 0;
  const double row = 18, swatch = 14;
  std::vector<std::string> labels;
  double legend_w = 0;
  if (legend) {
    set_font(g, kLegendFont);
    double widest = 0;
    for (std::size_t si = 0; si < nseries; ++si) {
      labels.push_back(spec.series[si].label.empty() ? "Series " + std::to_string(si + 1) : spec.series[si].label);
      widest = std::max(widest, g.measure_text(labels.back()).width);
    }
    legend_w = std::min(widest, W * 0.3) + swatch + 24;
  }
  const double right = legend ? legend_w + 20 : 20;
  const double px0 = left, px1 = std::max(left + 10, W - right);
  const double py0 = top, py1 = std::max(top + 10, H - bottom);
  const int xtarget = std::clamp(static_cast<int>((px1 - px0) / 70), 2, 12);
  const Range xr = categorical ? Range{} : make_range(xmin, xmax, xtarget, false);

  const auto sy = [&](double v) { return py1 - (v - yr.lo) / (yr.hi - yr.lo) * (py1 - py0); };
  const auto sx = [&](double v) { return px0 + (v - xr.lo) / (xr.hi - xr.lo) * (px1 - px0); };
  const double band = categorical && !categories.empty() ? (px1 - px0) / static_cast<double>(categories.size()) : 0;
  const auto cx = [&](int category) { return px0 + (category + 0.5) * band; };
  // Crisp one-pixel lines: on pixel centres.
  const auto crisp = [](double v) { return std::floor(v) + 0.5; };

  g.set_fill(solid(0xffffff));
  g.fill_rect(0, 0, W, H);

  // Grid.
  g.set_line_width(1);
  if (spec.grid) {
    g.set_stroke(solid(0xe6e6e6));
    g.begin_path();
    for (double t : yr.ticks) {
      g.move_to(px0, crisp(sy(t)));
      g.line_to(px1, crisp(sy(t)));
    }
    if (!categorical)
      for (double t : xr.ticks) {
        g.move_to(crisp(sx(t)), py0);
        g.line_to(crisp(sx(t)), py1);
      }
    g.stroke_path();
  }

  // Axes and ticks.
  g.set_stroke(solid(0x333333));
  g.begin_path();
  g.move_to(crisp(px0), py0);
  g.line_to(crisp(px0), crisp(py1));
  g.line_to(px1, crisp(py1));
  for (double t : yr.ticks) {
    g.move_to(px0 - 5, crisp(sy(t)));
    g.line_to(px0, crisp(sy(t)));
  }
  if (categorical) {
    for (std::size_t c = 0; c < categories.size(); ++c) {
      g.move_to(crisp(cx(static_cast<int>(c))), py1);
      g.line_to(crisp(cx(static_cast<int>(c))), py1 + 5);
    }
  } else {
    for (double t : xr.ticks) {
      g.move_to(crisp(sx(t)), py1);
      g.line_to(crisp(sx(t)), py1 + 5);
    }
  }
  g.stroke_path();

  set_font(g, kTickFont);
  g.set_fill(solid(0x333333));
  g.set_text_align(TextAlign::kRight);
  g.set_text_baseline(TextBaseline::kMiddle);
  for (double t : yr.ticks) g.fill_text(format_tick(t, yr.step), px0 - 8, sy(t), std::nullopt);
  g.set_text_align(TextAlign::kCenter);
  g.set_text_baseline(TextBaseline::kTop);
  if (categorical) {
    // Every k-th name when they do not all fit.
    double widest = 0;
    for (const std::string& c : categories) widest = std::max(widest, g.measure_text(c).width);
    const std::size_t every =
        band > 0 ? std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 6) / band))) : 1;
    for (std::size_t c = 0; c < categories.size(); c += every)
      g.fill_text(categories[c], cx(static_cast<int>(c)), py1 + 8, std::nullopt);
  } else {
    for (double t : xr.ticks) g.fill_text(format_tick(t, xr.step), sx(t), py1 + 8, std::nullopt);
  }

  // The data, clipped to the plot area.
  g.save();
  g.begin_path();
  g.rect(px0, py0 - 1, px1 - px0 + 1, py1 - py0 + 1);
  g.clip();
  g.begin_path();
  for (std::size_t si = 0; si < nseries; ++si) {
    const Series& s = spec.series[si];
    const Rgba color = s.color ? *s.color : rgb(kPalette[si % std::size(kPalette)]);
    const auto xpos = [&](std::size_t i) {
      if (categorical) return cx(category_of[si][i]);
      return sx(s.x.empty() ? static_cast<double>(i) : s.x[i]);
    };
    if (spec.type == PlotType::kBar) {
      const double group = band * 0.8;
      const double bar = group / static_cast<double>(nseries);
      g.set_fill(solid(color));
      for (std::size_t i = 0; i < s.y.size(); ++i) {
        if (std::isnan(s.y[i])) continue;
        const double x = cx(category_of[si][i]) - group / 2 + bar * static_cast<double>(si);
        const double y0 = sy(0), y1 = sy(s.y[i]);
        g.fill_rect(x, std::min(y0, y1), bar * 0.92, std::fabs(y1 - y0));
      }
    } else if (spec.type == PlotType::kScatter) {
      // One path of circles, filled once: one SVG element per series, not one per point.
      g.set_fill(solid(color));
      g.begin_path();
      for (std::size_t i = 0; i < s.y.size(); ++i) {
        if (std::isnan(s.y[i])) continue;
        const double x = xpos(i), y = sy(s.y[i]);
        g.move_to(x + 3.5, y);
        g.arc(x, y, 3.5, 0, 2 * std::numbers::pi, false);
      }
      g.fill_path();
    } else {
      g.set_stroke(solid(color));
      g.set_fill(solid(color));
      g.set_line_width(2);
      g.set_line_join(CAIRO_LINE_JOIN_ROUND);
      g.set_line_cap(CAIRO_LINE_CAP_ROUND);
      g.begin_path();
      bool pen_down = false;
      for (std::size_t i = 0; i < s.y.size(); ++i) {
        if (std::isnan(s.y[i])) {
          pen_down = false;
          continue;
        }
        if (pen_down) g.line_to(xpos(i), sy(s.y[i]));
        else g.move_to(xpos(i), sy(s.y[i]));
        pen_down = true;
      }
      g.stroke_path();
      // A point with no neighbour draws no line: mark it.
      for (std::size_t i = 0; i < s.y.size(); ++i) {
        const bool prev = i > 0 && !std::isnan(s.y[i - 1]);
        const bool next = i + 1 < s.y.size() && !std::isnan(s.y[i + 1]);
        if (std::isnan(s.y[i]) || prev || next) continue;
        g.begin_path();
        g.arc(xpos(i), sy(s.y[i]), 2.5, 0, 2 * std::numbers::pi, false);
        g.fill_path();
      }
      g.set_line_width(1);
    }
  }
  g.restore();

  // Title and axis labels.
  g.set_fill(solid(0x111111));
  if (!spec.title.empty()) {
    set_font(g, kTitleFont);
    g.set_text_align(TextAlign::kCenter);
    g.set_text_baseline(TextBaseline::kTop);
    g.fill_text(spec.title, W / 2.0, 12, W - 20.0);
  }
  set_font(g, kLabelFont);
  g.set_text_align(TextAlign::kCenter);
  if (!spec.xlabel.empty()) {
    g.set_text_baseline(TextBaseline::kBottom);
    g.fill_text(spec.xlabel, (px0 + px1) / 2, H - 8, std::max(20.0, px1 - px0));
  }
  if (!spec.ylabel.empty()) {
    g.save();
    g.translate(10, (py0 + py1) / 2);
    g.rotate(-std::numbers::pi / 2);
    g.set_text_baseline(TextBaseline::kTop);
    g.fill_text(spec.ylabel, 0, 0, std::max(20.0, py1 - py0));
    g.restore();
  }

  if (legend) {
    set_font(g, kLegendFont);
    const double bw = legend_w;
    const double bh = row * static_cast<double>(nseries) + 10;
    const double bx = px1 + 12, by = py0;
    g.set_fill(Paint{Rgba{255, 255, 255, 0.9}, nullptr});
    g.fill_rect(bx, by, bw, bh);
    g.set_stroke(solid(0xbbbbbb));
    g.set_line_width(1);
    g.stroke_rect(crisp(bx), crisp(by), std::round(bw), std::round(bh));
    g.set_text_align(TextAlign::kLeft);
    g.set_text_baseline(TextBaseline::kMiddle);
    for (std::size_t si = 0; si < nseries; ++si) {
      const Series& s = spec.series[si];
      const Rgba color = s.color ? *s.color : rgb(kPalette[si % std::size(kPalette)]);
      const double ry = by + 5 + row * (static_cast<double>(si) + 0.5);
      if (spec.type == PlotType::kLine) {
        g.set_stroke(solid(color));
        g.set_line_width(2);
        g.begin_path();
        g.move_to(bx + 8, ry);
        g.line_to(bx + 8 + swatch, ry);
        g.stroke_path();
        g.set_line_width(1);
      } else if (spec.type == PlotType::kScatter) {
        g.set_fill(solid(color));
        g.begin_path();
        g.arc(bx + 8 + swatch / 2, ry, 4, 0, 2 * std::numbers::pi, false);
        g.fill_path();
      } else {
        g.set_fill(solid(color));
        g.fill_rect(bx + 8, ry - swatch / 2 + 2, swatch, swatch - 4);
      }
      g.set_fill(solid(0x222222));
      g.fill_text(labels[si], bx + 8 + swatch + 8, ry, bw - swatch - 24);
    }
  }
  return g.ok();
}

std::optional<Svg> render_plot(const PlotSpec& spec) {
  const int W = spec.width, H = spec.height;
  std::string out;
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(&append_to_string, &out, W, H);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return std::nullopt;
  }
  cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
  std::vector<TextRecord> texts;
  bool drawn = false;
  {
    Canvas2D g(surface);
    g.record_text(&texts);
    drawn = draw_plot(g, spec);
  }
  cairo_surface_finish(surface);
  const bool ok = drawn && cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  if (!ok) return std::nullopt;

  // Accessibility and search: the title as the document's <title>, the text as a layer.
  const std::size_t end = out.rfind("</svg>");
  const std::size_t open = out.find("<svg");
  const std::size_t open_end = open == std::string::npos ? open : out.find('>', open);
  if (end == std::string::npos || open_end == std::string::npos) return std::nullopt;
  out.insert(end, text_layer(texts));
  if (!spec.title.empty()) out.insert(open_end + 1, "\n<title>" + xml_escape(spec.title) + "</title>");
  return Svg{std::move(out), W, H};
}

}  // namespace llmos::kernel::viz
