#pragma once
// The pure core of a canvas (no engine types): the 2D context of a browser canvas drawn with
// Cairo, on any Cairo surface. Canvases draw on image surfaces (PNG); plots draw with the same
// code on SVG surfaces.
//
// Browser semantics kept here: the current path is not part of the saved state and survives
// fill()/stroke(); fillRect/strokeRect/clearRect/fillText do not touch it; path coordinates are
// transformed when added; a non-invertible transform makes drawing and path calls do nothing
// (as in Chromium) instead of breaking the Cairo context; save()/restore() keep styles, line
// settings, font, text settings, alpha, compositing, transform and clip; restore() without a
// save() does nothing.
#include <cairo.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/viz/css.hpp"

namespace llmos::kernel::viz {

inline constexpr int kMaxCanvasSide = 2000;
inline constexpr std::size_t kMaxSaveDepth = 10000;
inline constexpr std::size_t kMaxTextBytes = 100000;

// A linear or radial gradient (CanvasGradient). Shared: a gradient set as a style keeps taking
// colour stops added later, as in browsers.
class Gradient {
 public:
  static std::shared_ptr<Gradient> linear(double x0, double y0, double x1, double y1);
  static std::shared_ptr<Gradient> radial(double x0, double y0, double r0, double x1, double y1, double r1);
  explicit Gradient(cairo_pattern_t* pattern) : pattern_(pattern) {}
  Gradient(const Gradient&) = delete;
  Gradient& operator=(const Gradient&) = delete;
  ~Gradient() { cairo_pattern_destroy(pattern_); }

  // `offset` in [0, 1] (the caller checks).
  void add_color_stop(double offset, const Rgba& color);
  cairo_pattern_t* pattern() const { return pattern_; }

 private:
  cairo_pattern_t* pattern_;
};

struct Paint {
  Rgba color;                          // when no gradient
  std::shared_ptr<Gradient> gradient;  // else
};

enum class TextAlign { kStart, kEnd, kLeft, kRight, kCenter };
enum class TextBaseline { kAlphabetic, kTop, kHanging, kMiddle, kIdeographic, kBottom };

std::optional<TextAlign> parse_text_align(std::string_view s);
std::string_view to_string(TextAlign a);
std::optional<TextBaseline> parse_text_baseline(std::string_view s);
std::string_view to_string(TextBaseline b);
std::optional<cairo_line_cap_t> parse_line_cap(std::string_view s);
std::string_view line_cap_name(cairo_line_cap_t c);
std::optional<cairo_line_join_t> parse_line_join(std::string_view s);
std::string_view line_join_name(cairo_line_join_t j);
// globalCompositeOperation names (source-over, multiply, ...) and their Cairo operator.
std::optional<cairo_operator_t> parse_composite(std::string_view s);

struct TextMetrics {
  double width = 0;
  double actual_left = 0, actual_right = 0, actual_ascent = 0, actual_descent = 0;
  double font_ascent = 0, font_descent = 0;
};

// Text drawn by fillText/strokeText, in device space: what an SVG text layer needs to make the
// drawn text searchable and accessible.
struct TextRecord {
  std::string text;
  double x = 0, y = 0;       // the baseline's start, after alignment
  double size_px = 0;        // font size in device units
  double rotation_deg = 0;   // of the baseline, clockwise
  bool bold = false, italic = false;
  std::string face;
};

class Canvas2D {
 public:
  // Draws on `surface` (a reference is taken).
  explicit Canvas2D(cairo_surface_t* surface);
  Canvas2D(const Canvas2D&) = delete;
  Canvas2D& operator=(const Canvas2D&) = delete;
  ~Canvas2D();

  // Back to the initial state (as setting a canvas's width does); the path is emptied.
  void reset();

  // Styles. Colours and gradients; the getters give what a browser gives back.
  void set_fill(Paint p) { state_.fill = std::move(p); }
  void set_stroke(Paint p) { state_.stroke = std::move(p); }
  const Paint& fill() const { return state_.fill; }
  const Paint& stroke_paint() const { return state_.stroke; }

  // Each setter takes a value the caller validated (finite, in range).
  void set_line_width(double w) { state_.line_width = w; }
  double line_width() const { return state_.line_width; }
  void set_line_cap(cairo_line_cap_t c) { state_.cap = c; }
  cairo_line_cap_t line_cap() const { return state_.cap; }
  void set_line_join(cairo_line_join_t j) { state_.join = j; }
  cairo_line_join_t line_join() const { return state_.join; }
  void set_miter_limit(double m) { state_.miter_limit = m; }
  double miter_limit() const { return state_.miter_limit; }
  // An odd-length list is repeated, as the spec says.
  void set_line_dash(std::vector<double> dash);
  const std::vector<double>& line_dash() const { return state_.dash; }
  void set_line_dash_offset(double o) { state_.dash_offset = o; }
  double line_dash_offset() const { return state_.dash_offset; }
  void set_global_alpha(double a) { state_.alpha = a; }
  double global_alpha() const { return state_.alpha; }
  void set_composite(cairo_operator_t op, std::string name) {
    state_.op = op;
    state_.op_name = std::move(name);
  }
  const std::string& composite() const { return state_.op_name; }
  void set_font(Font f) { state_.font = std::move(f); }
  const Font& font() const { return state_.font; }
  void set_text_align(TextAlign a) { state_.align = a; }
  TextAlign text_align() const { return state_.align; }
  void set_text_baseline(TextBaseline b) { state_.baseline = b; }
  TextBaseline text_baseline() const { return state_.baseline; }

  // State stack. save() is false past kMaxSaveDepth nested saves.
  bool save();
  void restore();

  // Transforms.
  void translate(double x, double y);
  void rotate(double angle);
  void scale(double x, double y);
  void transform(double a, double b, double c, double d, double e, double f);
  void set_transform(double a, double b, double c, double d, double e, double f);
  void reset_transform();
  cairo_matrix_t current_transform() const { return state_.ctm; }

  // The current path.
  void begin_path();
  void close_path();
  void move_to(double x, double y);
  void line_to(double x, double y);
  void quadratic_curve_to(double cpx, double cpy, double x, double y);
  void bezier_curve_to(double cp1x, double cp1y, double cp2x, double cp2y, double x, double y);
  // radius >= 0 (the caller checks).
  void arc(double x, double y, double radius, double start, double end, bool anticlockwise);
  void ellipse(double x, double y, double rx, double ry, double rotation, double start, double end,
               bool anticlockwise);
  void arc_to(double x1, double y1, double x2, double y2, double radius);
  void rect(double x, double y, double w, double h);
  // Corner radii top-left, top-right, bottom-right, bottom-left, each >= 0 (the caller checks).
  void round_rect(double x, double y, double w, double h, const double radii[4]);

  // Drawing.
  void fill_path(bool evenodd = false);
  void stroke_path();
  void clip(bool evenodd = false);
  void fill_rect(double x, double y, double w, double h);
  void stroke_rect(double x, double y, double w, double h);
  void clear_rect(double x, double y, double w, double h);
  // `max_width` <= 0 draws nothing; nullopt: no limit.
  void fill_text(std::string_view utf8, double x, double y, std::optional<double> max_width);
  void stroke_text(std::string_view utf8, double x, double y, std::optional<double> max_width);
  TextMetrics measure_text(std::string_view utf8) const;

  // Records every fillText/strokeText in `records` (for SVG text layers); nullptr stops.
  void record_text(std::vector<TextRecord>* records) { text_records_ = records; }

  // False once Cairo has refused something (an error state it keeps); reset() recovers.
  bool ok() const { return cairo_status(cr_) == CAIRO_STATUS_SUCCESS; }
  cairo_status_t status() const { return cairo_status(cr_); }

 private:
  struct State {
    Paint fill;
    Paint stroke;
    double line_width = 1;
    cairo_line_cap_t cap = CAIRO_LINE_CAP_BUTT;
    cairo_line_join_t join = CAIRO_LINE_JOIN_MITER;
    double miter_limit = 10;
    std::vector<double> dash;
    double dash_offset = 0;
    double alpha = 1;
    cairo_operator_t op = CAIRO_OPERATOR_OVER;
    std::string op_name = "source-over";
    Font font;
    TextAlign align = TextAlign::kStart;
    TextBaseline baseline = TextBaseline::kAlphabetic;
    cairo_matrix_t ctm{1, 0, 0, 1, 0, 0};
  };

  void apply_ctm();
  bool invertible() const { return invertible_; }
  void set_source(const Paint& p, double extra_alpha = 1);
  // Fills or strokes the path now in Cairo with the paint, alpha and operator of the state.
  void paint_path(const Paint& paint, bool stroke, bool evenodd);
  void apply_stroke_settings();
  cairo_scaled_font_t* scaled_font(const cairo_matrix_t& ctm) const;
  void draw_text(std::string_view utf8, double x, double y, std::optional<double> max_width, bool stroke);

  cairo_surface_t* surface_;
  cairo_t* cr_;
  State state_;
  std::vector<State> stack_;
  bool invertible_ = true;
  std::vector<TextRecord>* text_records_ = nullptr;
};

// A canvas: an ARGB image surface (transparent black at first) and its 2D context.
class Canvas {
 public:
  // nullptr when Cairo cannot allocate it; sides in [1, kMaxCanvasSide] (the caller checks).
  static std::unique_ptr<Canvas> create(int width, int height);
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;
  ~Canvas();

  int width() const { return width_; }
  int height() const { return height_; }
  Canvas2D& context() { return *context_; }
  cairo_surface_t* surface() const { return surface_; }

  // A new surface of this size, cleared, and the context reset, as setting canvas.width does.
  // False (and nothing changed) when it cannot be allocated.
  bool resize(int width, int height);

  // The pixels as a PNG file; empty when encoding fails.
  std::string to_png() const;

  // getImageData/putImageData: non-premultiplied RGBA rows of `w` pixels, in canvas pixels
  // (no transform, alpha, compositing or clip, as in browsers). Parts outside the canvas read
  // as transparent black and are not written.
  void read_rgba(int x, int y, int w, int h, unsigned char* out) const;
  // Writes the part [dirty_x, dirty_x + dirty_w) x [dirty_y, ...) of a w x h image at (dx, dy).
  void write_rgba(const unsigned char* rgba, int w, int h, int dx, int dy, int dirty_x, int dirty_y,
                  int dirty_w, int dirty_h);

 private:
  Canvas(cairo_surface_t* surface, int width, int height);
  cairo_surface_t* surface_;
  int width_, height_;
  std::unique_ptr<Canvas2D> context_;
};

// Bytes of pixel memory a canvas of this size holds.
inline std::size_t canvas_bytes(int width, int height) {
  return static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
}

// Opens every face canvases and plots draw with (the three DejaVu families, regular, bold,
// italic, bold italic) and keeps them open for the life of the process. For a process that is
// about to lose the file system (a sandboxed worker): Cairo otherwise closes a face when its
// last font is released and reopens the file on the next use. Returns how many were pinned.
int pin_font_faces();

}  // namespace llmos::kernel::viz
