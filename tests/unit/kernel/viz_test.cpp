// The viz core: CSS parsing, the Cairo canvas checked pixel by pixel in decoded PNGs, nice ticks,
// plots as SVG; and canvases and plots end to end through LLMOS.viz.
#include <gtest/gtest.h>

#include <cairo.h>

#include <cmath>
#include <cstring>
#include <numbers>
#include <string>

#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "kernel/llmos_api.hpp"
#include "kernel/viz/canvas2d.hpp"
#include "kernel/viz/css.hpp"
#include "kernel/viz/plot.hpp"

namespace llmos::kernel::viz {
namespace {

constexpr double kPi = std::numbers::pi;

// ---------------------------------------------------------------------------------------------
// A decoded PNG

struct Pixel {
  int r, g, b, a;
};

class Png {
 public:
  explicit Png(const std::string& data) : data_(data) {
    surface_ = cairo_image_surface_create_from_png_stream(&Png::read, this);
  }
  Png(const Png&) = delete;
  Png& operator=(const Png&) = delete;
  ~Png() { cairo_surface_destroy(surface_); }

  bool ok() const { return cairo_surface_status(surface_) == CAIRO_STATUS_SUCCESS; }
  int width() const { return cairo_image_surface_get_width(surface_); }
  int height() const { return cairo_image_surface_get_height(surface_); }
  // Un-premultiplied, as a browser's getImageData gives it.
  Pixel at(int x, int y) const {
    cairo_surface_flush(surface_);
    const unsigned char* row = cairo_image_surface_get_data(surface_) + y * cairo_image_surface_get_stride(surface_);
    uint32_t v;
    std::memcpy(&v, row + 4 * x, 4);
    const int a = static_cast<int>(v >> 24);
    const auto un = [&](int c) { return a == 0 ? 0 : std::min(255, (c * 255 + a / 2) / a); };
    return {un(static_cast<int>(v >> 16 & 0xff)), un(static_cast<int>(v >> 8 & 0xff)),
            un(static_cast<int>(v & 0xff)), a};
  }

 private:
  static cairo_status_t read(void* closure, unsigned char* out, unsigned int length) {
    auto* self = static_cast<Png*>(closure);
    if (self->pos_ + length > self->data_.size()) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(out, self->data_.data() + self->pos_, length);
    self->pos_ += length;
    return CAIRO_STATUS_SUCCESS;
  }
  std::string data_;
  std::size_t pos_ = 0;
  cairo_surface_t* surface_;
};

testing::AssertionResult near(Pixel p, int r, int g, int b, int a, int tolerance = 2) {
  if (std::abs(p.r - r) <= tolerance && std::abs(p.g - g) <= tolerance && std::abs(p.b - b) <= tolerance &&
      std::abs(p.a - a) <= tolerance)
    return testing::AssertionSuccess();
  return testing::AssertionFailure() << "pixel (" << p.r << ", " << p.g << ", " << p.b << ", " << p.a
                                     << ") is not (" << r << ", " << g << ", " << b << ", " << a << ")";
}
bool empty(Pixel p) { return p.a == 0; }

Paint color(const char* css) { return Paint{*parse_color(css), nullptr}; }

// A canvas drawn by `draw`, then encoded as PNG and decoded again.
template <typename F>
std::unique_ptr<Png> draw(int w, int h, F&& f) {
  auto canvas = Canvas::create(w, h);
  f(canvas->context());
  EXPECT_TRUE(canvas->context().ok());
  auto png = std::make_unique<Png>(canvas->to_png());
  EXPECT_TRUE(png->ok());
  return png;
}

// ---------------------------------------------------------------------------------------------
// CSS

TEST(Color, NamedAndHex) {
  EXPECT_EQ(parse_color("red"), (Rgba{255, 0, 0, 1}));
  EXPECT_EQ(parse_color("RebeccaPurple"), (Rgba{0x66, 0x33, 0x99, 1}));
  EXPECT_EQ(parse_color(" steelblue "), (Rgba{0x46, 0x82, 0xb4, 1}));
  EXPECT_EQ(parse_color("transparent"), (Rgba{0, 0, 0, 0}));
  EXPECT_EQ(parse_color("#f00"), (Rgba{255, 0, 0, 1}));
  EXPECT_EQ(parse_color("#F008"), (Rgba{255, 0, 0, 0x88 / 255.0}));
  EXPECT_EQ(parse_color("#1f77b4"), (Rgba{0x1f, 0x77, 0xb4, 1}));
  EXPECT_EQ(parse_color("#1f77b480"), (Rgba{0x1f, 0x77, 0xb4, 0x80 / 255.0}));
}

TEST(Color, Functional) {
  EXPECT_EQ(parse_color("rgb(255, 0, 0)"), (Rgba{255, 0, 0, 1}));
  EXPECT_EQ(parse_color("rgba(0,0,255,0.5)"), (Rgba{0, 0, 255, 0.5}));
  EXPECT_EQ(parse_color("rgb(0 128 255 / 50%)"), (Rgba{0, 128, 255, 0.5}));
  EXPECT_EQ(parse_color("rgb(100%, 0%, 50%)"), (Rgba{255, 0, 128, 1}));
  EXPECT_EQ(parse_color("RGBA(300, -5, 10, 2)"), (Rgba{255, 0, 10, 1}));  // clamped
  EXPECT_EQ(parse_color("hsl(120, 100%, 50%)"), (Rgba{0, 255, 0, 1}));
  EXPECT_EQ(parse_color("hsla(240deg 100% 50% / 0.25)"), (Rgba{0, 0, 255, 0.25}));
  EXPECT_EQ(parse_color("hsl(0.5turn, 100%, 25%)"), (Rgba{0, 128, 128, 1}));
}

TEST(Color, Invalid) {
  for (const char* bad : {"", "notacolor", "#12", "#ggg", "#12345", "rgb(1,2)", "rgb(1,,2,3)", "rgb(1, 2, 3",
                          "rgb(a, b, c)", "hsl(1, 2)", "red blue", "rgb(1 2 3 4)", "url(x)"})
    EXPECT_FALSE(parse_color(bad).has_value()) << bad;
}

TEST(Color, SerializesAsBrowsers) {
  EXPECT_EQ(serialize_color(*parse_color("red")), "#ff0000");
  EXPECT_EQ(serialize_color(*parse_color("rgba(0, 0, 255, 0.5)")), "rgba(0, 0, 255, 0.5)");
  EXPECT_EQ(serialize_color(*parse_color("rgba(1, 2, 3, 0.3)")), "rgba(1, 2, 3, 0.3)");
  EXPECT_EQ(serialize_color(*parse_color("transparent")), "rgba(0, 0, 0, 0)");
}

TEST(Font, Shorthand) {
  auto f = parse_font("bold 16px sans-serif");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->weight, 700);
  EXPECT_EQ(f->size_px, 16);
  EXPECT_EQ(f->css(), "bold 16px sans-serif");
  EXPECT_EQ(f->face(), "DejaVu Sans");

  f = parse_font("italic 12pt Georgia, serif");
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->italic);
  EXPECT_EQ(f->size_px, 16);
  EXPECT_EQ(f->face(), "DejaVu Serif");
  EXPECT_EQ(f->css(), "italic 16px Georgia, serif");

  f = parse_font("16px/1.5 'Courier New', monospace");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->face(), "DejaVu Sans Mono");
  EXPECT_EQ(f->css(), "16px \"Courier New\", monospace");

  f = parse_font("2em Arial", 10);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->size_px, 20);

  f = parse_font("normal small-caps 600 condensed 10px Unknown Font");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->weight, 600);
  EXPECT_EQ(f->face(), "DejaVu Sans");

  f = parse_font("large serif");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->size_px, 18);
}

TEST(Font, Invalid) {
  for (const char* bad : {"", "bold", "16px", "sans-serif", "16 px Arial", "16px Arial,", "bold 16xx serif",
                          "16px 'unterminated"})
    EXPECT_FALSE(parse_font(bad).has_value()) << bad;
}

// ---------------------------------------------------------------------------------------------
// Canvas pixels

TEST(Canvas, StartsTransparent) {
  auto png = draw(20, 10, [](Canvas2D&) {});
  EXPECT_EQ(png->width(), 20);
  EXPECT_EQ(png->height(), 10);
  EXPECT_TRUE(empty(png->at(5, 5)));
}

TEST(Canvas, FillRect) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_fill(color("red"));
    g.fill_rect(10, 10, 30, 20);
  });
  EXPECT_TRUE(near(png->at(10, 10), 255, 0, 0, 255));
  EXPECT_TRUE(near(png->at(39, 29), 255, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(9, 10)));
  EXPECT_TRUE(empty(png->at(40, 10)));
  EXPECT_TRUE(empty(png->at(10, 30)));
}

TEST(Canvas, DefaultFillIsBlack) {
  auto png = draw(10, 10, [](Canvas2D& g) { g.fill_rect(0, 0, 10, 10); });
  EXPECT_TRUE(near(png->at(5, 5), 0, 0, 0, 255));
}

TEST(Canvas, TranslateRotateScale) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_fill(color("#00ff00"));
    g.translate(50, 50);
    g.rotate(kPi / 4);
    g.fill_rect(-10, -10, 20, 20);  // a diamond: |x| + |y| <= 14.1 around (50, 50)
  });
  EXPECT_TRUE(near(png->at(50, 50), 0, 255, 0, 255));
  EXPECT_TRUE(near(png->at(62, 50), 0, 255, 0, 255));  // beyond the unrotated square's edge
  EXPECT_TRUE(near(png->at(50, 37), 0, 255, 0, 255));
  EXPECT_TRUE(empty(png->at(58, 58)));                 // the unrotated square's corner
  auto scaled = draw(100, 100, [](Canvas2D& g) {
    g.scale(2, 3);
    g.fill_rect(10, 10, 10, 10);  // (20..40, 30..60)
  });
  EXPECT_TRUE(near(scaled->at(21, 31), 0, 0, 0, 255));
  EXPECT_TRUE(near(scaled->at(39, 59), 0, 0, 0, 255));
  EXPECT_TRUE(empty(scaled->at(19, 31)));
  EXPECT_TRUE(empty(scaled->at(21, 61)));
}

TEST(Canvas, SaveRestoreKeepsStyleAndTransform) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_fill(color("red"));
    EXPECT_TRUE(g.save());
    g.set_fill(color("blue"));
    g.translate(50, 0);
    g.fill_rect(0, 0, 10, 10);  // blue at (50..60, 0..10)
    g.restore();
    g.fill_rect(0, 0, 10, 10);  // red at the origin
    g.restore();                // unbalanced: nothing happens
  });
  EXPECT_TRUE(near(png->at(55, 5), 0, 0, 255, 255));
  EXPECT_TRUE(near(png->at(5, 5), 255, 0, 0, 255));
}

TEST(Canvas, Arcs) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_fill(color("blue"));
    g.begin_path();
    g.arc(50, 50, 20, 0, 2 * kPi, false);
    g.fill_path();
  });
  EXPECT_TRUE(near(png->at(50, 50), 0, 0, 255, 255));
  EXPECT_TRUE(near(png->at(68, 50), 0, 0, 255, 255));
  EXPECT_TRUE(near(png->at(63, 63), 0, 0, 255, 255));  // 18.4 from the centre
  EXPECT_TRUE(empty(png->at(72, 50)));
  EXPECT_TRUE(empty(png->at(66, 66)));  // 22.6 from the centre

  // Clockwise from 0 to pi (y grows downwards): the lower half.
  auto half = draw(100, 100, [](Canvas2D& g) {
    g.begin_path();
    g.arc(50, 50, 20, 0, kPi, false);
    g.fill_path();
  });
  EXPECT_TRUE(near(half->at(50, 60), 0, 0, 0, 255));
  EXPECT_TRUE(empty(half->at(50, 40)));
  // Anticlockwise: the upper half.
  auto upper = draw(100, 100, [](Canvas2D& g) {
    g.begin_path();
    g.arc(50, 50, 20, 0, kPi, true);
    g.fill_path();
  });
  EXPECT_TRUE(near(upper->at(50, 40), 0, 0, 0, 255));
  EXPECT_TRUE(empty(upper->at(50, 60)));
}

TEST(Canvas, GlobalAlpha) {
  auto png = draw(20, 20, [](Canvas2D& g) {
    g.set_fill(color("white"));
    g.fill_rect(0, 0, 20, 20);
    g.set_global_alpha(0.5);
    g.set_fill(color("red"));
    g.fill_rect(0, 0, 10, 20);
  });
  EXPECT_TRUE(near(png->at(5, 5), 255, 128, 128, 255));
  EXPECT_TRUE(near(png->at(15, 5), 255, 255, 255, 255));
  auto on_clear = draw(10, 10, [](Canvas2D& g) {
    g.set_global_alpha(0.5);
    g.set_fill(color("rgba(0, 0, 255, 0.5)"));
    g.fill_rect(0, 0, 10, 10);
  });
  EXPECT_TRUE(near(on_clear->at(5, 5), 0, 0, 255, 64));
}

TEST(Canvas, ClearRect) {
  auto png = draw(20, 20, [](Canvas2D& g) {
    g.fill_rect(0, 0, 20, 20);
    g.clear_rect(5, 5, 5, 5);
  });
  EXPECT_TRUE(empty(png->at(7, 7)));
  EXPECT_TRUE(near(png->at(2, 2), 0, 0, 0, 255));
}

TEST(Canvas, StrokeAndLineWidth) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_stroke(color("red"));
    g.set_line_width(4);
    g.begin_path();
    g.move_to(10, 50);
    g.line_to(90, 50);
    g.stroke_path();
  });
  EXPECT_TRUE(near(png->at(50, 49), 255, 0, 0, 255));
  EXPECT_TRUE(near(png->at(50, 51), 255, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(50, 53)));
  EXPECT_TRUE(empty(png->at(5, 50)));  // butt caps
}

TEST(Canvas, StrokeRect) {
  auto png = draw(50, 50, [](Canvas2D& g) {
    g.set_line_width(2);
    g.stroke_rect(10, 10, 30, 30);
  });
  EXPECT_TRUE(near(png->at(10, 25), 0, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(25, 25)));
}

TEST(Canvas, PathSurvivesFillAndRectCalls) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.begin_path();
    g.move_to(10, 10);
    g.line_to(90, 10);
    g.set_fill(color("blue"));
    g.fill_rect(0, 80, 10, 10);  // must not touch the path
    g.fill_text("x", 50, 90, std::nullopt);
    g.line_to(90, 60);
    g.set_line_width(2);
    g.set_stroke(color("red"));
    g.stroke_path();
    g.stroke_path();  // the path is still there after stroke()
  });
  EXPECT_TRUE(near(png->at(50, 10), 255, 0, 0, 255));
  EXPECT_TRUE(near(png->at(90, 40), 255, 0, 0, 255));
  EXPECT_TRUE(near(png->at(5, 85), 0, 0, 255, 255));
}

TEST(Canvas, Curves) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.set_line_width(3);
    g.begin_path();
    g.move_to(10, 90);
    g.quadratic_curve_to(50, 10, 90, 90);  // passes through (50, 50) at t = 1/2
    g.stroke_path();
    g.begin_path();
    g.move_to(10, 10);
    g.bezier_curve_to(10, 30, 90, 30, 90, 10);  // (50, 25) at t = 1/2
    g.stroke_path();
  });
  EXPECT_TRUE(near(png->at(50, 50), 0, 0, 0, 255, 40));
  EXPECT_TRUE(near(png->at(50, 25), 0, 0, 0, 255, 40));
  EXPECT_TRUE(empty(png->at(50, 70)));
}

TEST(Canvas, ClosePathAndEvenOdd) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.begin_path();
    g.rect(10, 10, 80, 80);
    g.rect(30, 30, 40, 40);
    g.fill_path(true);
  });
  EXPECT_TRUE(near(png->at(20, 20), 0, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(50, 50)));
}

TEST(Canvas, Clip) {
  auto png = draw(100, 100, [](Canvas2D& g) {
    g.save();
    g.begin_path();
    g.rect(0, 0, 50, 100);
    g.clip();
    g.fill_rect(0, 0, 100, 100);
    g.restore();
    g.set_fill(color("red"));
    g.fill_rect(90, 90, 10, 10);  // the clip went with restore()
  });
  EXPECT_TRUE(near(png->at(25, 50), 0, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(75, 50)));
  EXPECT_TRUE(near(png->at(95, 95), 255, 0, 0, 255));
}

TEST(Canvas, LinearGradient) {
  auto png = draw(100, 10, [](Canvas2D& g) {
    auto grad = Gradient::linear(0, 0, 100, 0);
    grad->add_color_stop(0, *parse_color("red"));
    grad->add_color_stop(1, *parse_color("blue"));
    g.set_fill(Paint{{}, grad});
    g.fill_rect(0, 0, 100, 10);
  });
  const Pixel left = png->at(2, 5), right = png->at(97, 5), mid = png->at(50, 5);
  EXPECT_GT(left.r, 240);
  EXPECT_GT(right.b, 240);
  EXPECT_NEAR(mid.r, 128, 6);
  EXPECT_NEAR(mid.b, 128, 6);
}

TEST(Canvas, TextDrawsInk) {
  Canvas2D* ctx = nullptr;
  TextMetrics m1, m2;
  auto png = draw(200, 60, [&](Canvas2D& g) {
    g.set_font(*parse_font("bold 30px sans-serif"));
    g.fill_text("Hello", 10, 40, std::nullopt);
    m1 = g.measure_text("Hello");
    m2 = g.measure_text("HelloHello");
    ctx = &g;
  });
  (void)ctx;
  int ink = 0;
  for (int y = 10; y < 45; ++y)
    for (int x = 10; x < 110; ++x) ink += png->at(x, y).a > 128;
  EXPECT_GT(ink, 300);
  for (int x = 0; x < 200; ++x) EXPECT_TRUE(empty(png->at(x, 5))) << x;  // above the cap height
  EXPECT_GT(m1.width, 60);
  EXPECT_LT(m1.width, 110);
  EXPECT_NEAR(m2.width, 2 * m1.width, 0.01);
  EXPECT_GT(m1.actual_ascent, 15);
}

TEST(Canvas, TextAlignAndBaseline) {
  auto png = draw(200, 100, [](Canvas2D& g) {
    g.set_font(*parse_font("40px sans-serif"));
    g.set_text_align(TextAlign::kCenter);
    g.set_text_baseline(TextBaseline::kMiddle);
    g.fill_text("HH", 100, 50, std::nullopt);
  });
  int left = 0, right = 0, above = 0, below = 0;
  for (int y = 0; y < 100; ++y)
    for (int x = 0; x < 200; ++x)
      if (png->at(x, y).a > 128) {
        (x < 100 ? left : right)++;
        (y < 50 ? above : below)++;
      }
  EXPECT_GT(left, 100);
  EXPECT_NEAR(static_cast<double>(left) / right, 1, 0.2);
  // "middle" is the middle of the em box: capitals sit across it, a little more above.
  EXPECT_GT(below, 100);
  EXPECT_GT(above, below);
  EXPECT_LT(above, 2.5 * below);

  // "top": the em box hangs from y, so capitals start just below it.
  auto top = draw(200, 60, [](Canvas2D& g) {
    g.set_font(*parse_font("40px sans-serif"));
    g.set_text_baseline(TextBaseline::kTop);
    g.fill_text("HH", 10, 10, std::nullopt);
  });
  int first_row = -1;
  for (int y = 0; y < 60 && first_row < 0; ++y)
    for (int x = 0; x < 200; ++x)
      if (top->at(x, y).a > 128) first_row = y;
  EXPECT_GE(first_row, 10);
  EXPECT_LE(first_row, 16);
}

TEST(Canvas, SingularTransformDrawsNothingAndRecovers) {
  auto png = draw(20, 20, [](Canvas2D& g) {
    g.scale(0, 0);
    g.fill_rect(0, 0, 20, 20);
    g.begin_path();
    g.arc(10, 10, 5, 0, 1, false);
    g.fill_text("x", 5, 5, std::nullopt);
    g.fill_path();
    EXPECT_TRUE(g.ok());
    g.reset_transform();
    g.fill_rect(0, 0, 5, 5);
  });
  EXPECT_TRUE(near(png->at(2, 2), 0, 0, 0, 255));
  EXPECT_TRUE(empty(png->at(15, 15)));
}

TEST(Canvas, HugeAnglesAndCoordinatesAreHarmless) {
  auto png = draw(20, 20, [](Canvas2D& g) {
    g.begin_path();
    g.arc(10, 10, 5, 1e20, 0, false);
    g.arc(10, 10, 5, 0, -1e300, true);
    g.ellipse(10, 10, 1e-300, 5, 0, 0, 6, false);
    g.line_to(1e300, -1e300);
    g.fill_path();
    g.stroke_path();
    g.translate(1e300, 1e300);
    g.fill_rect(0, 0, 10, 10);
    g.fill_text("x", 0, 0, std::nullopt);
    g.fill_text("x", 0, 0, 1e-300);
  });
  EXPECT_TRUE(png->ok());
}

TEST(Canvas, RoundRect) {
  auto png = draw(40, 40, [](Canvas2D& g) {
    const double radii[4] = {10, 10, 10, 0};
    g.begin_path();
    g.round_rect(0, 0, 40, 40, radii);
    g.fill_path();
  });
  EXPECT_TRUE(empty(png->at(0, 0)));      // rounded
  EXPECT_TRUE(empty(png->at(39, 39)));    // rounded
  EXPECT_TRUE(near(png->at(0, 39), 0, 0, 0, 255));  // the square corner
  EXPECT_TRUE(near(png->at(20, 0), 0, 0, 0, 255));
  EXPECT_TRUE(near(png->at(20, 20), 0, 0, 0, 255));
}

TEST(Canvas, PixelsRoundTrip) {
  auto canvas = Canvas::create(4, 4);
  const unsigned char in[16] = {255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 255};
  canvas->write_rgba(in, 2, 2, 1, 1, 0, 0, 2, 2);
  canvas->write_rgba(in, 2, 2, 3, 3, 0, 0, 2, 2);      // mostly outside: clipped
  canvas->write_rgba(in, 2, 2, -1, -1, 1, 1, 1, 1);    // only the dirty pixel (1, 1), at (0, 0)
  unsigned char out[16];
  canvas->read_rgba(1, 1, 2, 2, out);
  const unsigned char expected[16] = {255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255};
  for (int i = 0; i < 16; ++i) EXPECT_EQ(out[i], expected[i]) << i;
  unsigned char outside[4] = {1, 1, 1, 1};
  canvas->read_rgba(-1, -1, 1, 1, outside);
  EXPECT_EQ(outside[3], 0);
  Png png(canvas->to_png());
  EXPECT_TRUE(near(png.at(1, 1), 255, 0, 0, 255));
  EXPECT_TRUE(near(png.at(0, 0), 10, 20, 30, 255));
  EXPECT_TRUE(near(png.at(3, 3), 255, 0, 0, 255));
}

TEST(Canvas, ResizeClears) {
  auto canvas = Canvas::create(10, 10);
  canvas->context().fill_rect(0, 0, 10, 10);
  canvas->context().set_fill(color("red"));
  ASSERT_TRUE(canvas->resize(30, 20));
  EXPECT_EQ(canvas->width(), 30);
  Png png(canvas->to_png());
  EXPECT_EQ(png.width(), 30);
  EXPECT_TRUE(empty(png.at(5, 5)));
  EXPECT_EQ(serialize_color(canvas->context().fill().color), "#000000");
}

// ---------------------------------------------------------------------------------------------
// Plots

TEST(Ticks, AreNice) {
  EXPECT_EQ(nice_ticks(0, 10, 6), (std::vector<double>{0, 2, 4, 6, 8, 10}));
  EXPECT_EQ(nice_ticks(-3.24, 3.24, 7), (std::vector<double>{-3, -2, -1, 0, 1, 2, 3}));
  const auto t = nice_ticks(0, 1, 6);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_NEAR(t[1], 0.2, 1e-12);
  EXPECT_EQ(t[0], 0);
  EXPECT_EQ(nice_ticks(0, 100, 5), (std::vector<double>{0, 25, 50, 75, 100}));
  const auto big = nice_ticks(-1.04e6, 1.04e6, 5);
  EXPECT_EQ(big, (std::vector<double>{-1e6, -5e5, 0, 5e5, 1e6}));
  for (auto [lo, hi] : {std::pair{0.0013, 0.0091}, std::pair{-7.0, 113.0}, std::pair{1e9, 1e9 + 3}}) {
    const auto ticks = nice_ticks(lo, hi, 8);
    EXPECT_GE(ticks.size(), 2u) << lo << " " << hi;
    EXPECT_LE(ticks.size(), 8u);
    for (double v : ticks) {
      EXPECT_GE(v, lo - 1e-9 * std::fabs(lo));
      EXPECT_LE(v, hi + 1e-9 * std::fabs(hi));
    }
  }
}

TEST(Ticks, Format) {
  EXPECT_EQ(format_tick(0.2, 0.2), "0.2");
  EXPECT_EQ(format_tick(0.25, 0.25), "0.25");
  EXPECT_EQ(format_tick(1500, 500), "1500");
  EXPECT_EQ(format_tick(-0.0, 1), "0");
  EXPECT_EQ(format_tick(3, 1), "3");
  EXPECT_EQ(format_tick(-2.5, 2.5), "-2.5");
  EXPECT_EQ(format_tick(2e6, 1e6), "2e6");
  EXPECT_EQ(format_tick(-5e5, 5e5), "-500000");
  EXPECT_EQ(format_tick(2.5e-5, 2.5e-5), "2.5e-5");
  EXPECT_EQ(format_tick(0.001, 0.0005), "0.0010");
}

PlotSpec two_series() {
  PlotSpec spec;
  spec.title = "Growth & <decay>";
  spec.xlabel = "time (s)";
  spec.ylabel = "amount";
  Series a;
  a.x = {0, 1, 2, 3, 4};
  a.y = {1, 2, 4, 8, 16};
  a.label = "alpha";
  Series b;
  b.x = {0, 1, 2, 3, 4};
  b.y = {16, 8, 4, 2, 1};
  b.label = "beta";
  spec.series = {a, b};
  return spec;
}

TEST(Plot, SvgHasTitleLabelsLegendAndTicks) {
  const auto svg = render_plot(two_series());
  ASSERT_TRUE(svg);
  const std::string& s = svg->data;
  EXPECT_EQ(s.rfind("<?xml", 0), 0u);
  EXPECT_NE(s.find("<svg"), std::string::npos);
  EXPECT_NE(s.find("width=\"640px\""), std::string::npos);
  EXPECT_NE(s.find("<title>Growth &amp; &lt;decay&gt;</title>"), std::string::npos);
  for (const char* text : {">Growth &amp; &lt;decay&gt;</text>", ">time (s)</text>", ">amount</text>",
                           ">alpha</text>", ">beta</text>", ">0</text>", ">4</text>", ">10.0</text>"})
    EXPECT_NE(s.find(text), std::string::npos) << text;
  EXPECT_NE(s.find("rotate(-90"), std::string::npos);  // the y label
  EXPECT_NE(s.find("<path"), std::string::npos);       // the drawing itself
  EXPECT_EQ(s.substr(s.size() - 7), "</svg>\n");
}

TEST(Plot, NoLegendForOneSeriesUnlessAsked) {
  PlotSpec spec;
  Series s;
  s.y = {3, 1, 2};
  s.label = "only";
  spec.series = {s};
  auto svg = render_plot(spec);
  ASSERT_TRUE(svg);
  EXPECT_EQ(svg->data.find(">only</text>"), std::string::npos);
  spec.legend = true;
  svg = render_plot(spec);
  EXPECT_NE(svg->data.find(">only</text>"), std::string::npos);
}

TEST(Plot, TitleKeepsTheSvgWellFormed) {
  // XML 1.0 forbids controls, U+FFFE/U+FFFF and lone surrogates (QuickJS writes one as ED A0 80).
  PlotSpec spec;
  Series s;
  s.y = {1, 2};
  spec.series = {s};
  spec.title = std::string("a\x01" "b") + std::string(1, '\0') + "c\xEF\xBF\xBF\xED\xA0\x80" "d\xEF\xBF\xBE";
  const auto svg = render_plot(spec);
  ASSERT_TRUE(svg);
  EXPECT_NE(svg->data.find("<title>a b c\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD</title>"), std::string::npos);
}

TEST(Plot, BarChartCategories) {
  PlotSpec spec;
  spec.type = PlotType::kBar;
  Series s;
  s.x_names = {"Mon", "Tue", "Wed"};
  s.y = {3, 5, 2};
  spec.series = {s};
  const auto svg = render_plot(spec);
  ASSERT_TRUE(svg);
  for (const char* text : {">Mon</text>", ">Tue</text>", ">Wed</text>", ">0</text>"})
    EXPECT_NE(svg->data.find(text), std::string::npos) << text;
}

// The same drawing code on an image surface: the bars are where the axes say.
TEST(Plot, DrawsThroughTheCanvasCode) {
  PlotSpec spec;
  spec.type = PlotType::kBar;
  spec.width = 300;
  spec.height = 200;
  Series s;
  s.y = {10};
  spec.series = {s};
  auto canvas = Canvas::create(300, 200);
  ASSERT_TRUE(draw_plot(canvas->context(), spec));
  Png png(canvas->to_png());
  EXPECT_TRUE(near(png.at(2, 2), 255, 255, 255, 255));          // background
  EXPECT_TRUE(near(png.at(160, 120), 0x1f, 0x77, 0xb4, 255));  // the bar, first palette colour
}

TEST(Plot, GapsAndScatter) {
  PlotSpec spec;
  spec.type = PlotType::kScatter;
  Series s;
  s.x = {1, 2, 3};
  s.y = {1, NAN, 3};
  spec.series = {s};
  EXPECT_TRUE(render_plot(spec));
  spec.type = PlotType::kLine;
  s.y = {NAN, NAN, NAN};
  spec.series = {s};
  EXPECT_TRUE(render_plot(spec));
}

// ---------------------------------------------------------------------------------------------
// End to end: LLMOS.viz through the kernel

RunResult run(std::string_view code, std::size_t memory_mb = 128) {
  engine::Sandbox sb;
  install_api(sb.context());
  engine::EvalOptions opt;
  opt.limits.memory_bytes = memory_mb << 20;
  return engine::evaluate(sb.context(), code, opt).result;
}

TEST(VizApi, CanvasComesBackAsPng) {
  const RunResult r = run(
      "const c = LLMOS.viz.createCanvas(64, 32); const ctx = c.getContext('2d');"
      "ctx.fillStyle = 'red'; ctx.fillRect(10, 10, 5, 5);"
      "ctx.translate(40, 16); ctx.rotate(Math.PI / 4); ctx.fillStyle = '#00f'; ctx.fillRect(-4, -4, 8, 8);"
      "[c.width, c.height, ctx.fillStyle]");
  ASSERT_TRUE(r.success) << r.error->message;
  EXPECT_EQ(r.output_json, "[64,32,\"#0000ff\"]");
  ASSERT_EQ(r.images.size(), 1u);
  EXPECT_EQ(r.images[0].id, "canvas-1");
  EXPECT_EQ(r.images[0].mime, "image/png");
  EXPECT_EQ(r.images[0].width, 64);
  Png png(r.images[0].data);
  ASSERT_TRUE(png.ok());
  EXPECT_TRUE(near(png.at(12, 12), 255, 0, 0, 255));
  EXPECT_TRUE(near(png.at(40, 16), 0, 0, 255, 255));
  EXPECT_TRUE(near(png.at(43, 16), 0, 0, 255, 255));  // inside the diamond only
  EXPECT_TRUE(empty(png.at(44, 20)));
  EXPECT_TRUE(empty(png.at(0, 0)));
}

TEST(VizApi, ImagesInCreationOrder) {
  const RunResult r = run(
      "LLMOS.viz.createCanvas(10, 10); LLMOS.viz.plot([1, 2, 3]);"
      "(() => LLMOS.viz.createCanvas(20, 20))();"  // dropped by the artifact: still returned
      "LLMOS.viz.plot({ x: ['a', 'b'], y: [1, 2] }, { type: 'bar', title: 'T' }).id");
  ASSERT_TRUE(r.success) << r.error->message;
  EXPECT_EQ(r.output_json, "\"plot-2\"");
  ASSERT_EQ(r.images.size(), 4u);
  EXPECT_EQ(r.images[0].id, "canvas-1");
  EXPECT_EQ(r.images[1].id, "plot-1");
  EXPECT_EQ(r.images[1].mime, "image/svg+xml");
  EXPECT_EQ(r.images[2].id, "canvas-2");
  EXPECT_EQ(r.images[2].width, 20);
  EXPECT_EQ(r.images[3].id, "plot-2");
  EXPECT_NE(r.images[3].data.find("<title>T</title>"), std::string::npos);
}

TEST(VizApi, ImagesComeBackWhenTheArtifactFails) {
  const RunResult r =
      run("const c = LLMOS.viz.createCanvas(10, 10); c.getContext('2d').fillRect(0, 0, 5, 5); throw new "
          "Error('late')");
  EXPECT_FALSE(r.success);
  ASSERT_EQ(r.images.size(), 1u);
}

TEST(VizApi, PixelMemoryCountsAgainstTheLimit) {
  const RunResult r = run("LLMOS.viz.createCanvas(1000, 1000); 1");
  ASSERT_TRUE(r.success);
  EXPECT_GE(r.memory_used, 1000u * 1000 * 4);
  const RunResult small = run("LLMOS.viz.createCanvas(2000, 2000)", 8);
  ASSERT_FALSE(small.success);
  EXPECT_EQ(small.error->kind, ErrorKind::kMemory);
  // Each canvas holds its pixels until the end: many small ones add up to the limit as well.
  const RunResult many = run("for (let i = 0; i < 100; i++) LLMOS.viz.createCanvas(500, 500)", 8);
  ASSERT_FALSE(many.success);
  EXPECT_EQ(many.error->kind, ErrorKind::kMemory);
}

// Every canvas also appears in `dom` as an <img> carrying the same PNG: where the artifact
// appended it, else at the end of the container. Plots are images only.
TEST(VizApi, CanvasAppearsInTheDom) {
  const RunResult alone = run("const c = LLMOS.viz.createCanvas(8, 4); c.getContext('2d').fillRect(0, 0, 2, 2); 1");
  ASSERT_TRUE(alone.success) << alone.error->message;
  ASSERT_EQ(alone.images.size(), 1u);
  ASSERT_TRUE(alone.dom);
  EXPECT_EQ(*alone.dom, "<div id=\"artifact-default\"><img data-llmos-canvas=\"canvas-1\" alt=\"canvas canvas-1\" "
                        "width=\"8\" height=\"4\" src=\"data:image/png;base64," +
                            base64_encode(alone.images[0].data) + "\"></div>");

  const RunResult placed = run(
      "const box = LLMOS.dom.createElement('div', { id: 'box' });"
      "LLMOS.dom.createElement('p', { textContent: 'after' });"
      "const c = LLMOS.viz.createCanvas(10, 10);"
      "LLMOS.dom.querySelector('#artifact-default').appendChild(c);"  // first here...
      "box.appendChild(c) === c");                                     // ...then moved
  ASSERT_TRUE(placed.success) << placed.error->message;
  EXPECT_EQ(placed.output_json, "true");
  ASSERT_TRUE(placed.dom);
  const std::string& dom = *placed.dom;
  EXPECT_EQ(dom.rfind("<div id=\"artifact-default\"><div id=\"box\"><img data-llmos-canvas=\"canvas-1\"", 0), 0u) << dom;
  EXPECT_EQ(dom.find("data-llmos-canvas", dom.find("data-llmos-canvas") + 1), std::string::npos) << "placed twice: " << dom;
  EXPECT_NE(dom.find("</div><p>after</p></div>"), std::string::npos) << dom;

  const RunResult plot = run("LLMOS.viz.plot([1, 2, 3]); 1");
  ASSERT_TRUE(plot.success);
  EXPECT_FALSE(plot.dom);

  const RunResult wrong = run("LLMOS.dom.createElement('div').appendChild(LLMOS.viz.plot([1]))");
  ASSERT_FALSE(wrong.success);
  EXPECT_EQ(wrong.error->name, "TypeError");
}

TEST(VizApi, SizeLimit) {
  const RunResult r = run("LLMOS.viz.createCanvas(2001, 10)");
  ASSERT_FALSE(r.success);
  EXPECT_EQ(r.error->kind, ErrorKind::kLimit);
  EXPECT_EQ(r.error->name, "RangeError");
}

}  // namespace
}  // namespace llmos::kernel::viz
