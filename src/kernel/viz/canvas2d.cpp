#include "kernel/viz/canvas2d.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>
#include <numbers>

#include <cairo-ft.h>

#include "common/utf8.hpp"

namespace llmos::kernel::viz {
namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;
// Glyph outlines are filled a slice at a time, so one long string never builds a huge path.
constexpr int kGlyphsPerSlice = 256;

// Keeps the current path across an operation that must not touch it (fillRect, fillText, ...).
// The path is copied in device space, where Cairo stores it, so the round trip is exact.
class PathGuard {
 public:
  explicit PathGuard(cairo_t* cr) : cr_(cr) {
    if (cairo_has_current_point(cr_)) {
      cairo_matrix_t m;
      cairo_get_matrix(cr_, &m);
      cairo_identity_matrix(cr_);
      saved_ = cairo_copy_path(cr_);
      cairo_set_matrix(cr_, &m);
    }
    cairo_new_path(cr_);
  }
  PathGuard(const PathGuard&) = delete;
  PathGuard& operator=(const PathGuard&) = delete;
  ~PathGuard() {
    cairo_new_path(cr_);
    if (!saved_) return;
    if (saved_->status == CAIRO_STATUS_SUCCESS) {
      cairo_matrix_t m;
      cairo_get_matrix(cr_, &m);
      cairo_identity_matrix(cr_);
      cairo_append_path(cr_, saved_);
      cairo_set_matrix(cr_, &m);
    }
    cairo_path_destroy(saved_);
  }

 private:
  cairo_t* cr_;
  cairo_path_t* saved_ = nullptr;
};

// What a canvas does to whitespace in text before it draws it.
std::string prepare_text(std::string_view utf8) {
  std::string s = utf8::sanitize(utf8);
  for (char& ch : s)
    if (ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') ch = ' ';
  return s;
}

cairo_font_options_t* text_options() {
  cairo_font_options_t* o = cairo_font_options_create();
  // Unhinted outlines and metrics: text has the same shape and width at every scale and on
  // every surface, PNG or SVG.
  cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
  return o;
}

}  // namespace

int pin_font_faces() {
  static std::vector<cairo_scaled_font_t*> pinned;  // never released, on purpose
  int count = 0;
  for (const char* family : {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"}) {
    for (const auto slant : {CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_SLANT_ITALIC}) {
      for (const auto weight : {CAIRO_FONT_WEIGHT_NORMAL, CAIRO_FONT_WEIGHT_BOLD}) {
        cairo_font_face_t* face = cairo_toy_font_face_create(family, slant, weight);
        cairo_matrix_t size, identity;
        cairo_matrix_init_scale(&size, 12, 12);
        cairo_matrix_init_identity(&identity);
        cairo_font_options_t* options = text_options();
        cairo_scaled_font_t* sf = cairo_scaled_font_create(face, &size, &identity, options);
        cairo_font_options_destroy(options);
        cairo_font_face_destroy(face);
        // A locked face is one Cairo never closes; the scaled font keeps the toy face, and so
        // the file's face, alive.
        if (cairo_scaled_font_status(sf) == CAIRO_STATUS_SUCCESS &&
            cairo_scaled_font_get_type(sf) == CAIRO_FONT_TYPE_FT && cairo_ft_scaled_font_lock_face(sf)) {
          pinned.push_back(sf);
          ++count;
        } else {
          cairo_scaled_font_destroy(sf);
        }
      }
    }
  }
  return count;
}

namespace {

cairo_font_face_t* font_face(const Font& f) {
  return cairo_toy_font_face_create(f.face().c_str(),
                                    f.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                                    f.weight >= 600 ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
}

// The em box above and below the baseline, split in the proportion of the font's ascent and
// descent: what browsers align "top", "middle" and "bottom" text to.
void em_box(const cairo_font_extents_t& fe, double size, double& above, double& below) {
  const double total = fe.ascent + fe.descent;
  above = total > 0 ? size * fe.ascent / total : size;
  below = size - above;
}

double baseline_shift(TextBaseline b, double above, double below) {
  switch (b) {
    case TextBaseline::kTop: return above;
    case TextBaseline::kHanging: return above * 0.8;
    case TextBaseline::kMiddle: return (above - below) / 2;
    case TextBaseline::kIdeographic:
    case TextBaseline::kBottom: return -below;
    case TextBaseline::kAlphabetic: break;
  }
  return 0;
}

double align_shift(TextAlign a, double width) {
  switch (a) {
    case TextAlign::kCenter: return -width / 2;
    case TextAlign::kEnd:
    case TextAlign::kRight: return -width;
    case TextAlign::kStart:
    case TextAlign::kLeft: break;
  }
  return 0;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

}  // namespace

std::shared_ptr<Gradient> Gradient::linear(double x0, double y0, double x1, double y1) {
  cairo_pattern_t* p = cairo_pattern_create_linear(x0, y0, x1, y1);
  cairo_pattern_set_extend(p, CAIRO_EXTEND_PAD);
  return std::make_shared<Gradient>(p);
}

std::shared_ptr<Gradient> Gradient::radial(double x0, double y0, double r0, double x1, double y1, double r1) {
  cairo_pattern_t* p = cairo_pattern_create_radial(x0, y0, r0, x1, y1, r1);
  cairo_pattern_set_extend(p, CAIRO_EXTEND_PAD);
  return std::make_shared<Gradient>(p);
}

void Gradient::add_color_stop(double offset, const Rgba& c) {
  cairo_pattern_add_color_stop_rgba(pattern_, offset, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a);
}

std::optional<TextAlign> parse_text_align(std::string_view s) {
  if (s == "start") return TextAlign::kStart;
  if (s == "end") return TextAlign::kEnd;
  if (s == "left") return TextAlign::kLeft;
  if (s == "right") return TextAlign::kRight;
  if (s == "center") return TextAlign::kCenter;
  return std::nullopt;
}

std::string_view to_string(TextAlign a) {
  switch (a) {
    case TextAlign::kEnd: return "end";
    case TextAlign::kLeft: return "left";
    case TextAlign::kRight: return "right";
    case TextAlign::kCenter: return "center";
    case TextAlign::kStart: break;
  }
  return "start";
}

std::optional<TextBaseline> parse_text_baseline(std::string_view s) {
  if (s == "alphabetic") return TextBaseline::kAlphabetic;
  if (s == "top") return TextBaseline::kTop;
  if (s == "hanging") return TextBaseline::kHanging;
  if (s == "middle") return TextBaseline::kMiddle;
  if (s == "ideographic") return TextBaseline::kIdeographic;
  if (s == "bottom") return TextBaseline::kBottom;
  return std::nullopt;
}

std::string_view to_string(TextBaseline b) {
  switch (b) {
    case TextBaseline::kTop: return "top";
    case TextBaseline::kHanging: return "hanging";
    case TextBaseline::kMiddle: return "middle";
    case TextBaseline::kIdeographic: return "ideographic";
    case TextBaseline::kBottom: return "bottom";
    case TextBaseline::kAlphabetic: break;
  }
  return "alphabetic";
}

std::optional<cairo_line_cap_t> parse_line_cap(std::string_view s) {
  if (s == "butt") return CAIRO_LINE_CAP_BUTT;
  if (s == "round") return CAIRO_LINE_CAP_ROUND;
  if (s == "square") return CAIRO_LINE_CAP_SQUARE;
  return std::nullopt;
}

std::string_view line_cap_name(cairo_line_cap_t c) {
  return c == CAIRO_LINE_CAP_ROUND ? "round" : c == CAIRO_LINE_CAP_SQUARE ? "square" : "butt";
}

std::optional<cairo_line_join_t> parse_line_join(std::string_view s) {
  if (s == "miter") return CAIRO_LINE_JOIN_MITER;
  if (s == "round") return CAIRO_LINE_JOIN_ROUND;
  if (s == "bevel") return CAIRO_LINE_JOIN_BEVEL;
  return std::nullopt;
}

std::string_view line_join_name(cairo_line_join_t j) {
  return j == CAIRO_LINE_JOIN_ROUND ? "round" : j == CAIRO_LINE_JOIN_BEVEL ? "bevel" : "miter";
}

std::optional<cairo_operator_t> parse_composite(std::string_view s) {
  static constexpr std::pair<std::string_view, cairo_operator_t> kOps[] = {
      {"source-over", CAIRO_OPERATOR_OVER},         {"source-in", CAIRO_OPERATOR_IN},
      {"source-out", CAIRO_OPERATOR_OUT},           {"source-atop", CAIRO_OPERATOR_ATOP},
      {"destination-over", CAIRO_OPERATOR_DEST_OVER}, {"destination-in", CAIRO_OPERATOR_DEST_IN},
      {"destination-out", CAIRO_OPERATOR_DEST_OUT}, {"destination-atop", CAIRO_OPERATOR_DEST_ATOP},
      {"lighter", CAIRO_OPERATOR_ADD},              {"copy", CAIRO_OPERATOR_SOURCE},
      {"xor", CAIRO_OPERATOR_XOR},                  {"multiply", CAIRO_OPERATOR_MULTIPLY},
      {"screen", CAIRO_OPERATOR_SCREEN},            {"overlay", CAIRO_OPERATOR_OVERLAY},
      {"darken", CAIRO_OPERATOR_DARKEN},            {"lighten", CAIRO_OPERATOR_LIGHTEN},
      {"color-dodge", CAIRO_OPERATOR_COLOR_DODGE},  {"color-burn", CAIRO_OPERATOR_COLOR_BURN},
      {"hard-light", CAIRO_OPERATOR_HARD_LIGHT},    {"soft-light", CAIRO_OPERATOR_SOFT_LIGHT},
      {"difference", CAIRO_OPERATOR_DIFFERENCE},    {"exclusion", CAIRO_OPERATOR_EXCLUSION},
      {"hue", CAIRO_OPERATOR_HSL_HUE},              {"saturation", CAIRO_OPERATOR_HSL_SATURATION},
      {"color", CAIRO_OPERATOR_HSL_COLOR},          {"luminosity", CAIRO_OPERATOR_HSL_LUMINOSITY},
  };
  for (const auto& [name, op] : kOps)
    if (s == name) return op;
  return std::nullopt;
}

Canvas2D::Canvas2D(cairo_surface_t* surface)
    : surface_(cairo_surface_reference(surface)), cr_(cairo_create(surface)) {
  cairo_matrix_init_identity(&state_.ctm);
}

Canvas2D::~Canvas2D() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

void Canvas2D::reset() {
  cairo_destroy(cr_);
  cr_ = cairo_create(surface_);
  state_ = State{};
  cairo_matrix_init_identity(&state_.ctm);
  stack_.clear();
  invertible_ = true;
}

void Canvas2D::set_line_dash(std::vector<double> dash) {
  if (dash.size() % 2 == 1) {
    const std::size_t n = dash.size();
    for (std::size_t i = 0; i < n; ++i) dash.push_back(dash[i]);
  }
  state_.dash = std::move(dash);
}

bool Canvas2D::save() {
  if (stack_.size() >= kMaxSaveDepth) return false;
  stack_.push_back(state_);
  cairo_save(cr_);
  return true;
}

void Canvas2D::restore() {
  if (stack_.empty()) return;
  state_ = std::move(stack_.back());
  stack_.pop_back();
  cairo_restore(cr_);
  apply_ctm();
}

void Canvas2D::apply_ctm() {
  cairo_matrix_t inverse = state_.ctm;
  invertible_ = cairo_matrix_invert(&inverse) == CAIRO_STATUS_SUCCESS;
  if (invertible_) cairo_set_matrix(cr_, &state_.ctm);
}

void Canvas2D::translate(double x, double y) {
  cairo_matrix_t m;
  cairo_matrix_init_translate(&m, x, y);
  cairo_matrix_multiply(&state_.ctm, &m, &state_.ctm);
  apply_ctm();
}

void Canvas2D::rotate(double angle) {
  cairo_matrix_t m;
  cairo_matrix_init_rotate(&m, angle);
  cairo_matrix_multiply(&state_.ctm, &m, &state_.ctm);
  apply_ctm();
}

void Canvas2D::scale(double x, double y) {
  cairo_matrix_t m;
  cairo_matrix_init_scale(&m, x, y);
  cairo_matrix_multiply(&state_.ctm, &m, &state_.ctm);
  apply_ctm();
}

void Canvas2D::transform(double a, double b, double c, double d, double e, double f) {
  cairo_matrix_t m;
  cairo_matrix_init(&m, a, b, c, d, e, f);
  cairo_matrix_multiply(&state_.ctm, &m, &state_.ctm);
  apply_ctm();
}

void Canvas2D::set_transform(double a, double b, double c, double d, double e, double f) {
  cairo_matrix_init(&state_.ctm, a, b, c, d, e, f);
  apply_ctm();
}

void Canvas2D::reset_transform() {
  cairo_matrix_init_identity(&state_.ctm);
  apply_ctm();
}

void Canvas2D::begin_path() { cairo_new_path(cr_); }

void Canvas2D::close_path() {
  if (invertible_) cairo_close_path(cr_);
}

void Canvas2D::move_to(double x, double y) {
  if (invertible_) cairo_move_to(cr_, x, y);
}

void Canvas2D::line_to(double x, double y) {
  if (invertible_) cairo_line_to(cr_, x, y);
}

void Canvas2D::quadratic_curve_to(double cpx, double cpy, double x, double y) {
  if (!invertible_) return;
  if (!cairo_has_current_point(cr_)) cairo_move_to(cr_, cpx, cpy);
  double x0 = 0, y0 = 0;
  cairo_get_current_point(cr_, &x0, &y0);
  // The cubic with the same curve: control points 2/3 of the way to the quadratic's one.
  cairo_curve_to(cr_, x0 + 2.0 / 3 * (cpx - x0), y0 + 2.0 / 3 * (cpy - y0), x + 2.0 / 3 * (cpx - x),
                 y + 2.0 / 3 * (cpy - y), x, y);
}

void Canvas2D::bezier_curve_to(double cp1x, double cp1y, double cp2x, double cp2y, double x, double y) {
  if (!invertible_) return;
  if (!cairo_has_current_point(cr_)) cairo_move_to(cr_, cp1x, cp1y);
  cairo_curve_to(cr_, cp1x, cp1y, cp2x, cp2y, x, y);
}

void Canvas2D::arc(double x, double y, double radius, double start, double end, bool anticlockwise) {
  if (!invertible_) return;
  // The canvas rules for the sweep, computed here with fmod so that no angle, however large,
  // makes Cairo loop adding 2*pi.
  double sweep;
  if (!anticlockwise) {
    if (end - start >= kTwoPi) sweep = kTwoPi;
    else {
      sweep = std::fmod(end - start, kTwoPi);
      if (sweep < 0) sweep += kTwoPi;
    }
  } else {
    if (start - end >= kTwoPi) sweep = -kTwoPi;
    else {
      sweep = -std::fmod(start - end, kTwoPi);
      if (sweep > 0) sweep -= kTwoPi;
    }
  }
  const double s = std::fmod(start, kTwoPi);
  if (radius == 0) {
    cairo_line_to(cr_, x, y);
    return;
  }
  if (anticlockwise) cairo_arc_negative(cr_, x, y, radius, s, s + sweep);
  else cairo_arc(cr_, x, y, radius, s, s + sweep);
}

void Canvas2D::ellipse(double x, double y, double rx, double ry, double rotation, double start, double end,
                       bool anticlockwise) {
  if (!invertible_) return;
  if (rx == 0 || ry == 0) {
    cairo_line_to(cr_, x, y);
    return;
  }
  cairo_matrix_t saved;
  cairo_get_matrix(cr_, &saved);
  cairo_matrix_t m = saved;
  cairo_matrix_translate(&m, x, y);
  cairo_matrix_rotate(&m, rotation);
  cairo_matrix_scale(&m, rx, ry);
  // Cairo keeps a context that was given a singular matrix in an error state for good.
  cairo_matrix_t inverse = m;
  if (cairo_matrix_invert(&inverse) != CAIRO_STATUS_SUCCESS) {
    cairo_line_to(cr_, x, y);
    return;
  }
  cairo_set_matrix(cr_, &m);
  arc(0, 0, 1, start, end, anticlockwise);
  cairo_set_matrix(cr_, &saved);
}

void Canvas2D::arc_to(double x1, double y1, double x2, double y2, double radius) {
  if (!invertible_) return;
  if (!cairo_has_current_point(cr_)) cairo_move_to(cr_, x1, y1);
  double x0 = 0, y0 = 0;
  cairo_get_current_point(cr_, &x0, &y0);
  const double v1x = x0 - x1, v1y = y0 - y1, v2x = x2 - x1, v2y = y2 - y1;
  const double l1 = std::hypot(v1x, v1y), l2 = std::hypot(v2x, v2y);
  const double cross = v1x * v2y - v1y * v2x;
  if (radius == 0 || l1 == 0 || l2 == 0 || std::fabs(cross) < 1e-12 * l1 * l2) {
    cairo_line_to(cr_, x1, y1);
    return;
  }
  const double cos_angle = std::clamp((v1x * v2x + v1y * v2y) / (l1 * l2), -1.0, 1.0);
  const double angle = std::acos(cos_angle);
  const double tangent = radius / std::tan(angle / 2);
  const double t1x = x1 + v1x / l1 * tangent, t1y = y1 + v1y / l1 * tangent;
  const double t2x = x1 + v2x / l2 * tangent, t2y = y1 + v2y / l2 * tangent;
  const double bx = v1x / l1 + v2x / l2, by = v1y / l1 + v2y / l2;
  const double bl = std::hypot(bx, by);
  const double dist = radius / std::sin(angle / 2);
  const double cx = x1 + bx / bl * dist, cy = y1 + by / bl * dist;
  cairo_line_to(cr_, t1x, t1y);
  const double a1 = std::atan2(t1y - cy, t1x - cx), a2 = std::atan2(t2y - cy, t2x - cx);
  if (cross > 0) cairo_arc_negative(cr_, cx, cy, radius, a1, a2);
  else cairo_arc(cr_, cx, cy, radius, a1, a2);
}

void Canvas2D::rect(double x, double y, double w, double h) {
  if (invertible_) cairo_rectangle(cr_, x, y, w, h);
}

void Canvas2D::round_rect(double x, double y, double w, double h, const double radii[4]) {
  if (!invertible_) return;
  // As the spec does: a negative width or height mirrors the rectangle (and its radii), and
  // radii that do not fit are scaled down together.
  double tl = radii[0], tr = radii[1], br = radii[2], bl = radii[3];
  if (w < 0) {
    x += w;
    w = -w;
    std::swap(tl, tr);
    std::swap(bl, br);
  }
  if (h < 0) {
    y += h;
    h = -h;
    std::swap(tl, bl);
    std::swap(tr, br);
  }
  double scale = 1;
  const auto fit = [&](double a, double b, double side) {
    if (a + b > side && a + b > 0) scale = std::min(scale, side / (a + b));
  };
  fit(tl, tr, w);
  fit(bl, br, w);
  fit(tl, bl, h);
  fit(tr, br, h);
  tl *= scale;
  tr *= scale;
  br *= scale;
  bl *= scale;
  const double half_pi = std::numbers::pi / 2;
  cairo_new_sub_path(cr_);
  cairo_arc(cr_, x + w - tr, y + tr, tr, -half_pi, 0);
  cairo_arc(cr_, x + w - br, y + h - br, br, 0, half_pi);
  cairo_arc(cr_, x + bl, y + h - bl, bl, half_pi, std::numbers::pi);
  cairo_arc(cr_, x + tl, y + tl, tl, std::numbers::pi, 3 * half_pi);
  cairo_close_path(cr_);
  cairo_move_to(cr_, x, y);
}

void Canvas2D::set_source(const Paint& p, double extra_alpha) {
  if (p.gradient) {
    cairo_set_source(cr_, p.gradient->pattern());
    return;
  }
  cairo_set_source_rgba(cr_, p.color.r / 255.0, p.color.g / 255.0, p.color.b / 255.0, p.color.a * extra_alpha);
}

void Canvas2D::apply_stroke_settings() {
  cairo_set_line_width(cr_, state_.line_width);
  cairo_set_line_cap(cr_, state_.cap);
  cairo_set_line_join(cr_, state_.join);
  cairo_set_miter_limit(cr_, state_.miter_limit);
  double sum = 0;
  for (double d : state_.dash) sum += d;
  // Cairo refuses an all-zero dash list (its context would stay in an error state).
  if (state_.dash.empty() || sum <= 0) cairo_set_dash(cr_, nullptr, 0, 0);
  else cairo_set_dash(cr_, state_.dash.data(), static_cast<int>(state_.dash.size()), state_.dash_offset);
}

void Canvas2D::paint_path(const Paint& paint, bool stroke, bool evenodd) {
  cairo_set_operator(cr_, state_.op);
  cairo_set_fill_rule(cr_, evenodd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
  if (stroke) apply_stroke_settings();
  if (paint.gradient && state_.alpha < 1) {
    // A gradient has no single alpha to scale: draw it in a group, composite that with alpha.
    cairo_push_group(cr_);
    cairo_set_operator(cr_, CAIRO_OPERATOR_OVER);
    set_source(paint);
    if (stroke) cairo_stroke_preserve(cr_);
    else cairo_fill_preserve(cr_);
    cairo_pop_group_to_source(cr_);
    cairo_paint_with_alpha(cr_, state_.alpha);
    return;
  }
  set_source(paint, state_.alpha);
  if (stroke) cairo_stroke_preserve(cr_);
  else cairo_fill_preserve(cr_);
}

void Canvas2D::fill_path(bool evenodd) {
  if (invertible_) paint_path(state_.fill, false, evenodd);
}

void Canvas2D::stroke_path() {
  if (invertible_) paint_path(state_.stroke, true, false);
}

void Canvas2D::clip(bool evenodd) {
  if (!invertible_) return;
  cairo_set_fill_rule(cr_, evenodd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
  cairo_clip_preserve(cr_);
}

void Canvas2D::fill_rect(double x, double y, double w, double h) {
  if (!invertible_ || w == 0 || h == 0) return;
  PathGuard guard(cr_);
  cairo_rectangle(cr_, x, y, w, h);
  paint_path(state_.fill, false, false);
}

void Canvas2D::stroke_rect(double x, double y, double w, double h) {
  if (!invertible_) return;
  PathGuard guard(cr_);
  if (w == 0 || h == 0) {
    // A degenerate rectangle strokes as a line.
    cairo_move_to(cr_, x, y);
    cairo_line_to(cr_, x + w, y + h);
  } else {
    cairo_rectangle(cr_, x, y, w, h);
  }
  paint_path(state_.stroke, true, false);
}

void Canvas2D::clear_rect(double x, double y, double w, double h) {
  if (!invertible_ || w == 0 || h == 0) return;
  PathGuard guard(cr_);
  cairo_save(cr_);
  cairo_set_operator(cr_, CAIRO_OPERATOR_CLEAR);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_fill(cr_);
  cairo_restore(cr_);
}

void Canvas2D::fill_text(std::string_view utf8, double x, double y, std::optional<double> max_width) {
  draw_text(utf8, x, y, max_width, false);
}

void Canvas2D::stroke_text(std::string_view utf8, double x, double y, std::optional<double> max_width) {
  draw_text(utf8, x, y, max_width, true);
}

cairo_scaled_font_t* Canvas2D::scaled_font(const cairo_matrix_t& ctm) const {
  cairo_font_face_t* face = font_face(state_.font);
  cairo_matrix_t font_matrix;
  cairo_matrix_init_scale(&font_matrix, state_.font.size_px, state_.font.size_px);
  cairo_font_options_t* options = text_options();
  cairo_scaled_font_t* sf = cairo_scaled_font_create(face, &font_matrix, &ctm, options);
  cairo_font_options_destroy(options);
  cairo_font_face_destroy(face);
  return sf;
}

void Canvas2D::draw_text(std::string_view utf8, double x, double y, std::optional<double> max_width,
                         bool stroke) {
  if (!invertible_ || state_.font.size_px <= 0 || (max_width && !(*max_width > 0))) return;
  const std::string text = prepare_text(utf8);
  if (text.empty()) return;

  // Measured without the transform: widths are in user space.
  cairo_matrix_t identity;
  cairo_matrix_init_identity(&identity);
  cairo_scaled_font_t* measure = scaled_font(identity);
  cairo_text_extents_t te;
  cairo_font_extents_t fe;
  cairo_scaled_font_text_extents(measure, text.c_str(), &te);
  cairo_scaled_font_extents(measure, &fe);
  const bool measured = cairo_scaled_font_status(measure) == CAIRO_STATUS_SUCCESS;
  cairo_scaled_font_destroy(measure);
  if (!measured) return;

  const double width = te.x_advance;
  double above = 0, below = 0;
  em_box(fe, state_.font.size_px, above, below);
  const double dx = align_shift(state_.align, width);
  const double dy = baseline_shift(state_.baseline, above, below);
  const double squeeze = max_width && width > *max_width ? *max_width / width : 1;

  // The glyphs' own scaled font, checked before Cairo sees it: a font Cairo cannot scale (an
  // extreme transform) would otherwise leave the context in an error state for good.
  cairo_matrix_t device = state_.ctm;
  cairo_matrix_translate(&device, x, y);
  if (squeeze < 1) cairo_matrix_scale(&device, squeeze, 1);
  cairo_matrix_t inverse = device;
  if (cairo_matrix_invert(&inverse) != CAIRO_STATUS_SUCCESS) return;
  cairo_scaled_font_t* sf = scaled_font(device);
  if (cairo_scaled_font_status(sf) != CAIRO_STATUS_SUCCESS) {
    cairo_scaled_font_destroy(sf);
    return;
  }

  {
    PathGuard guard(cr_);
    cairo_save(cr_);
    cairo_set_matrix(cr_, &device);
    cairo_set_scaled_font(cr_, sf);
    cairo_glyph_t* glyphs = nullptr;
    int count = 0;
    if (cairo_scaled_font_text_to_glyphs(sf, dx, dy, text.c_str(), static_cast<int>(text.size()), &glyphs,
                                         &count, nullptr, nullptr, nullptr) == CAIRO_STATUS_SUCCESS) {
      const Paint& paint = stroke ? state_.stroke : state_.fill;
      for (int at = 0; at < count; at += kGlyphsPerSlice) {
        cairo_new_path(cr_);
        cairo_glyph_path(cr_, glyphs + at, std::min(kGlyphsPerSlice, count - at));
        paint_path(paint, stroke, false);
      }
    }
    cairo_glyph_free(glyphs);
    cairo_restore(cr_);
  }
  cairo_scaled_font_destroy(sf);

  if (text_records_) {
    const cairo_matrix_t& m = state_.ctm;
    double ox = x + dx * squeeze, oy = y + dy;
    cairo_matrix_transform_point(&m, &ox, &oy);
    TextRecord r;
    r.text = text;
    r.x = ox;
    r.y = oy;
    r.size_px = state_.font.size_px * std::sqrt(std::fabs(m.xx * m.yy - m.xy * m.yx));
    r.rotation_deg = std::atan2(m.yx, m.xx) * 180 / std::numbers::pi;
    r.bold = state_.font.weight >= 600;
    r.italic = state_.font.italic;
    r.face = state_.font.face();
    text_records_->push_back(std::move(r));
  }
}

TextMetrics Canvas2D::measure_text(std::string_view utf8) const {
  TextMetrics tm;
  if (state_.font.size_px <= 0) return tm;
  const std::string text = prepare_text(utf8);
  cairo_matrix_t identity;
  cairo_matrix_init_identity(&identity);
  cairo_scaled_font_t* sf = scaled_font(identity);
  cairo_text_extents_t te;
  cairo_font_extents_t fe;
  cairo_scaled_font_text_extents(sf, text.c_str(), &te);
  cairo_scaled_font_extents(sf, &fe);
  const bool ok = cairo_scaled_font_status(sf) == CAIRO_STATUS_SUCCESS;
  cairo_scaled_font_destroy(sf);
  if (!ok) return tm;
  double above = 0, below = 0;
  em_box(fe, state_.font.size_px, above, below);
  const double dx = align_shift(state_.align, te.x_advance);
  const double dy = baseline_shift(state_.baseline, above, below);
  tm.width = te.x_advance;
  tm.actual_left = -(dx + te.x_bearing);
  tm.actual_right = dx + te.x_bearing + te.width;
  tm.actual_ascent = -(dy + te.y_bearing);
  tm.actual_descent = dy + te.y_bearing + te.height;
  tm.font_ascent = fe.ascent - dy;
  tm.font_descent = fe.descent + dy;
  return tm;
}

Canvas::Canvas(cairo_surface_t* surface, int width, int height)
    : surface_(surface), width_(width), height_(height), context_(std::make_unique<Canvas2D>(surface)) {}

Canvas::~Canvas() {
  context_.reset();
  cairo_surface_destroy(surface_);
}

std::unique_ptr<Canvas> Canvas::create(int width, int height) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return nullptr;
  }
  try {
    return std::unique_ptr<Canvas>(new Canvas(s, width, height));
  } catch (const std::bad_alloc&) {
    cairo_surface_destroy(s);
    return nullptr;
  }
}

bool Canvas::resize(int width, int height) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return false;
  }
  std::unique_ptr<Canvas2D> ctx;
  try {
    ctx = std::make_unique<Canvas2D>(s);
  } catch (const std::bad_alloc&) {
    cairo_surface_destroy(s);
    return false;
  }
  context_ = std::move(ctx);
  cairo_surface_destroy(surface_);
  surface_ = s;
  width_ = width;
  height_ = height;
  return true;
}

void Canvas::read_rgba(int x, int y, int w, int h, unsigned char* out) const {
  cairo_surface_flush(surface_);
  const unsigned char* data = cairo_image_surface_get_data(surface_);
  const int stride = cairo_image_surface_get_stride(surface_);
  for (int row = 0; row < h; ++row) {
    for (int col = 0; col < w; ++col) {
      unsigned char* o =
          out +
          (static_cast<std::size_t>(row) * static_cast<std::size_t>(w) + static_cast<std::size_t>(col)) * 4;
      const int sx = x + col, sy = y + row;
      if (sx < 0 || sy < 0 || sx >= width_ || sy >= height_) {
        o[0] = o[1] = o[2] = o[3] = 0;
        continue;
      }
      std::uint32_t v;
      std::memcpy(&v, data + static_cast<std::ptrdiff_t>(sy) * stride + sx * 4, 4);
      const unsigned a = v >> 24;
      const auto un = [a](unsigned c) { return static_cast<unsigned char>(a == 0 ? 0 : (c * 255 + a / 2) / a); };
      o[0] = un(v >> 16 & 0xff);
      o[1] = un(v >> 8 & 0xff);
      o[2] = un(v & 0xff);
      o[3] = static_cast<unsigned char>(a);
    }
  }
}

void Canvas::write_rgba(const unsigned char* rgba, int w, int h, int dx, int dy, int dirty_x, int dirty_y,
                        int dirty_w, int dirty_h) {
  cairo_surface_flush(surface_);
  unsigned char* data = cairo_image_surface_get_data(surface_);
  const int stride = cairo_image_surface_get_stride(surface_);
  const int x0 = std::max({dirty_x, 0, -dx}), y0 = std::max({dirty_y, 0, -dy});
  const int x1 = std::min({dirty_x + dirty_w, w, width_ - dx}), y1 = std::min({dirty_y + dirty_h, h, height_ - dy});
  for (int row = y0; row < y1; ++row) {
    for (int col = x0; col < x1; ++col) {
      const unsigned char* in =
          rgba +
          (static_cast<std::size_t>(row) * static_cast<std::size_t>(w) + static_cast<std::size_t>(col)) * 4;
      const unsigned a = in[3];
      const auto pre = [a](unsigned c) { return (c * a + 127) / 255; };
      const std::uint32_t v = a << 24 | pre(in[0]) << 16 | pre(in[1]) << 8 | pre(in[2]);
      std::memcpy(data + static_cast<std::ptrdiff_t>(dy + row) * stride + (dx + col) * 4, &v, 4);
    }
  }
  cairo_surface_mark_dirty(surface_);
}

std::string Canvas::to_png() const {
  cairo_surface_flush(surface_);
  std::string out;
  if (cairo_surface_write_to_png_stream(surface_, &append_to_string, &out) != CAIRO_STATUS_SUCCESS) return {};
  return out;
}

}  // namespace llmos::kernel::viz
