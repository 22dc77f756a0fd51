#include "kernel/viz/viz_bindings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"
#include "engine/class_ids.hpp"
#include "engine/function_list.hpp"
#include "kernel/kernel_state.hpp"
#include "kernel/viz/canvas2d.hpp"
#include "kernel/viz/css.hpp"
#include "kernel/viz/plot.hpp"

namespace llmos::kernel {
namespace {

using engine::Context;
using engine::JsErrorType;
using engine::Value;
namespace viz = kernel::viz;
using viz::number_to_string;

constexpr std::size_t kMaxCanvases = 100;
constexpr std::size_t kMaxPlots = 100;
constexpr double kMaxFontPx = 10000;
constexpr std::size_t kMaxDashEntries = 1024;
constexpr std::size_t kMaxTitleBytes = 10000;

// ---------------------------------------------------------------------------------------------
// Per-artifact state

struct CanvasEntry {
  std::unique_ptr<viz::Canvas> canvas;
  std::size_t reserved = 0;
  std::string id;
  Value object;   // the canvas
  Value context;  // its 2D context, made by the first getContext('2d')
};

struct PlotEntry {
  std::string id;
  viz::Svg svg;
};

// Everything the artifact drew, kept until the context goes (the images are collected when the
// execution ends, even for canvases the artifact no longer references). The JavaScript objects
// point at their entry; the entries outlive every call into them.
struct VizState {
  engine::Runtime* runtime = nullptr;
  std::vector<std::unique_ptr<CanvasEntry>> canvases;
  std::vector<std::unique_ptr<PlotEntry>> plots;
  std::vector<std::pair<bool, std::size_t>> order;  // (is plot, index), in creation order
  std::size_t reserved = 0;

  VizState() = default;
  VizState(const VizState&) = delete;
  VizState& operator=(const VizState&) = delete;
  ~VizState() {
    if (runtime) runtime->release_external(reserved);
  }
  bool reserve(std::size_t bytes) {
    if (!runtime->reserve_external(bytes)) return false;
    reserved += bytes;
    return true;
  }
  void release(std::size_t bytes) {
    runtime->release_external(bytes);
    reserved -= bytes;
  }
};

VizState& viz_state(JSContext* c) {
  VizState& s = kernel_state(c).module<VizState>();
  if (!s.runtime) s.runtime = &Context::from(c).runtime();
  return s;
}

// ---------------------------------------------------------------------------------------------
// Classes

// Class ids are process-wide; magic statics allocate each once, thread-safely.
JSClassID canvas_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}
JSClassID context_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}
JSClassID gradient_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}

void gradient_finalizer(JSRuntime*, JSValue val) {
  delete static_cast<std::shared_ptr<viz::Gradient>*>(JS_GetOpaque(val, gradient_class()));
}

// ---------------------------------------------------------------------------------------------
// Arguments

template <typename F>
JSValue guarded(JSContext* c, F&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return JS_ThrowOutOfMemory(c);
  } catch (const std::exception& e) {
    return JS_ThrowInternalError(c, "LLMOS.viz: %s", e.what());
  }
}

std::string describe(JSContext* c, JSValueConst v) {
  if (JS_IsNumber(v)) {
    double d = 0;
    JS_ToFloat64(c, &d, v);
    return number_to_string(d);
  }
  if (JS_IsUndefined(v)) return "undefined";
  if (JS_IsNull(v)) return "null";
  if (JS_IsString(v)) {
    engine::CString s(c, v);
    std::string text(s.view().substr(0, 40));
    if (s.view().size() > 40) text += "...";
    std::string quoted = "'";
    quoted.append(utf8::sanitize(text)).append("'");
    return quoted;
  }
  if (JS_IsBool(v)) return JS_ToBool(c, v) ? "true" : "false";
  if (JS_IsFunction(c, v)) return "a function";
  if (JS_IsArray(c, v) > 0) return "an array";
  if (JS_IsObject(v)) return "an object";
  return "a value of another type";
}

JSValueConst arg(int argc, JSValueConst* argv, int i) { return i < argc ? argv[i] : JS_UNDEFINED; }

// A finite number: TypeError when not a number, RangeError when NaN or infinite.
bool finite_arg(JSContext* c, JSValueConst v, const char* fn, const char* param, double& out) {
  if (!JS_IsNumber(v)) {
    JS_ThrowTypeError(c, "%s: %s must be a number, got %s", fn, param, describe(c, v).c_str());
    return false;
  }
  JS_ToFloat64(c, &out, v);
  if (!std::isfinite(out)) {
    JS_ThrowRangeError(c, "%s: %s must be a finite number, got %s", fn, param, describe(c, v).c_str());
    return false;
  }
  return true;
}

bool string_arg(JSContext* c, JSValueConst v, const char* fn, const char* param, std::string& out) {
  if (!JS_IsString(v)) {
    JS_ThrowTypeError(c, "%s: %s must be a string, got %s", fn, param, describe(c, v).c_str());
    return false;
  }
  engine::CString s(c, v);
  if (!s.ok()) return false;
  out = utf8::sanitize(s.view());
  return true;
}

// Text to draw: any value, converted as browsers do (String(value)).
bool text_arg(JSContext* c, JSValueConst v, const char* fn, std::string& out) {
  engine::CString s(c, v);
  if (!s.ok()) return false;
  if (s.view().size() > viz::kMaxTextBytes) {
    Context::from(c).throw_limit_error(JsErrorType::kRangeError,
                                       std::string(fn) + ": text of " + std::to_string(s.view().size()) +
                                           " bytes is over the limit of " + std::to_string(viz::kMaxTextBytes));
    return false;
  }
  out = utf8::sanitize(s.view());
  return true;
}

// A canvas or plot side: a number, truncated as the DOM does, in [min_side, 2000] (over 2000 is
// a kernel limit).
bool side_arg(JSContext* c, JSValueConst v, const char* fn, const char* param, int min_side, int& out) {
  double d = 0;
  if (!finite_arg(c, v, fn, param, d)) return false;
  d = std::trunc(d);
  if (d > viz::kMaxCanvasSide) {
    Context::from(c).throw_limit_error(JsErrorType::kRangeError,
                                       std::string(fn) + ": " + param + " " + number_to_string(d) +
                                           " is over the limit of " + std::to_string(viz::kMaxCanvasSide) + " pixels");
    return false;
  }
  if (d < min_side) {
    JS_ThrowRangeError(c, "%s: %s must be at least %d, got %s", fn, param, min_side, describe(c, v).c_str());
    return false;
  }
  out = static_cast<int>(d);
  return true;
}

// Own enumerable string keys of `obj` must all be in `allowed`: a misspelt option must not fall
// back to a default without a word.
bool check_keys(JSContext* c, JSValueConst obj, const char* what, std::initializer_list<std::string_view> allowed) {
  JSPropertyEnum* props = nullptr;
  uint32_t count = 0;
  if (JS_GetOwnPropertyNames(c, &props, &count, obj, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) return false;
  bool ok = true;
  for (uint32_t i = 0; i < count; ++i) {
    if (ok) {
      const char* name = JS_AtomToCString(c, props[i].atom);
      if (!name) {
        ok = false;
      } else {
        bool known = false;
        std::string list;
        for (std::string_view a : allowed) {
          known = known || a == name;
          if (!list.empty()) list += ", ";
          list += a;
        }
        if (!known) {
          JS_ThrowTypeError(c, "%s: unknown property '%s' (expected: %s)", what, name, list.c_str());
          ok = false;
        }
        JS_FreeCString(c, name);
      }
    }
    JS_FreeAtom(c, props[i].atom);
  }
  js_free(c, props);
  return ok;
}

bool is_array_like(JSContext* c, JSValueConst v) {
  return JS_IsArray(c, v) > 0 || engine::class_id::is_typed_array(JS_GetClassID(v));
}

bool array_length(JSContext* c, JSValueConst v, int64_t& len) {
  Value l(c, JS_GetPropertyStr(c, v, "length"));
  if (l.is_exception()) return false;
  return JS_ToInt64(c, &len, l.get()) == 0;
}

// ---------------------------------------------------------------------------------------------
// Canvas objects

CanvasEntry* canvas_this(JSContext* c, JSValueConst this_val) {
  return static_cast<CanvasEntry*>(JS_GetOpaque2(c, this_val, canvas_class()));
}

CanvasEntry* context_this(JSContext* c, JSValueConst this_val) {
  return static_cast<CanvasEntry*>(JS_GetOpaque2(c, this_val, context_class()));
}

enum CanvasProp { kCanvasWidth, kCanvasHeight, kCanvasId };

JSValue canvas_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int magic) {
  CanvasEntry* e = canvas_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  switch (magic) {
    case kCanvasWidth: return JS_NewInt32(c, e->canvas->width());
    case kCanvasHeight: return JS_NewInt32(c, e->canvas->height());
    default: return JS_NewStringLen(c, e->id.data(), e->id.size());
  }
}

// Setting width or height clears the canvas and resets its context, as in browsers.
JSValue canvas_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = canvas_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const char* fn = magic == kCanvasWidth ? "canvas.width" : "canvas.height";
  int side = 0;
  if (!side_arg(c, arg(argc, argv, 0), fn, "the size", 1, side)) return JS_EXCEPTION;
  const int w = magic == kCanvasWidth ? side : e->canvas->width();
  const int h = magic == kCanvasHeight ? side : e->canvas->height();
  VizState& st = viz_state(c);
  const std::size_t bytes = viz::canvas_bytes(w, h);
  if (!st.reserve(bytes)) return JS_ThrowOutOfMemory(c);
  if (!e->canvas->resize(w, h)) {
    st.release(bytes);
    return JS_ThrowOutOfMemory(c);
  }
  st.release(e->reserved);
  e->reserved = bytes;
  return JS_UNDEFINED;
}

JSValue new_context_object(JSContext* c, CanvasEntry* e) {
  Value obj(c, JS_NewObjectClass(c, static_cast<int>(context_class())));
  if (obj.is_exception()) return JS_EXCEPTION;
  JS_SetOpaque(obj.get(), e);
  // Properties a browser has and this context does not (shadowBlur, ...) fail loudly in strict
  // mode instead of being stored and ignored.
  if (JS_PreventExtensions(c, obj.get()) < 0) return JS_EXCEPTION;
  return obj.release();
}

JSValue js_get_context(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = canvas_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  std::string type;
  if (!string_arg(c, arg(argc, argv, 0), "canvas.getContext", "contextType", type)) return JS_EXCEPTION;
  if (type != "2d") return JS_NULL;  // as browsers answer for a context type they do not offer
  if (e->context.is_undefined()) {
    JSValue obj = new_context_object(c, e);
    if (JS_IsException(obj)) return JS_EXCEPTION;
    e->context = Value(c, obj);
  }
  return JS_DupValue(c, e->context.get());
}

JSValue js_to_data_url(JSContext* c, JSValueConst this_val, int, JSValueConst*) {
  CanvasEntry* e = canvas_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  return guarded(c, [&]() -> JSValue {
    const std::string png = e->canvas->to_png();
    if (png.empty()) return JS_ThrowOutOfMemory(c);
    const std::string url = "data:image/png;base64," + base64_encode(png);
    return JS_NewStringLen(c, url.data(), url.size());
  });
}

bool ensure_prototypes(Context& ctx);  // below: it needs every method

JSValue new_canvas(JSContext* c, int w, int h, const char* fn) {
  VizState& st = viz_state(c);
  if (st.canvases.size() >= kMaxCanvases)
    return Context::from(c).throw_limit_error(
        JsErrorType::kRangeError, std::string(fn) + ": an artifact may create at most " +
                                      std::to_string(kMaxCanvases) + " canvases");
  const std::size_t bytes = viz::canvas_bytes(w, h);
  if (!st.reserve(bytes)) return JS_ThrowOutOfMemory(c);
  std::unique_ptr<CanvasEntry> entry;
  try {
    entry = std::make_unique<CanvasEntry>();
    entry->canvas = viz::Canvas::create(w, h);
    entry->id = "canvas-" + std::to_string(st.canvases.size() + 1);
    // Room for the entry now, so that recording it below cannot fail.
    st.canvases.reserve(st.canvases.size() + 1);
    st.order.reserve(st.order.size() + 1);
  } catch (const std::bad_alloc&) {
    entry.reset();
  }
  if (!entry || !entry->canvas) {
    st.release(bytes);
    return JS_ThrowOutOfMemory(c);
  }
  entry->reserved = bytes;
  if (!ensure_prototypes(Context::from(c))) {
    st.release(bytes);
    return JS_EXCEPTION;
  }
  Value obj(c, JS_NewObjectClass(c, static_cast<int>(canvas_class())));
  if (obj.is_exception()) {
    st.release(bytes);
    return JS_EXCEPTION;
  }
  JS_SetOpaque(obj.get(), entry.get());
  entry->object = obj;
  st.canvases.push_back(std::move(entry));
  st.order.emplace_back(false, st.canvases.size() - 1);
  return obj.release();
}

JSValue js_create_canvas(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  int w = 0, h = 0;
  if (!side_arg(c, arg(argc, argv, 0), "LLMOS.viz.createCanvas", "width", 1, w) ||
      !side_arg(c, arg(argc, argv, 1), "LLMOS.viz.createCanvas", "height", 1, h))
    return JS_EXCEPTION;
  return new_canvas(c, w, h, "LLMOS.viz.createCanvas");
}

// ---------------------------------------------------------------------------------------------
// Gradients and styles

JSValue new_gradient_object(JSContext* c, std::shared_ptr<viz::Gradient> g) {
  Value obj(c, JS_NewObjectClass(c, static_cast<int>(gradient_class())));
  if (obj.is_exception()) return JS_EXCEPTION;
  JS_SetOpaque(obj.get(), new std::shared_ptr<viz::Gradient>(std::move(g)));
  return obj.release();
}

JSValue js_add_color_stop(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  auto* g = static_cast<std::shared_ptr<viz::Gradient>*>(JS_GetOpaque2(c, this_val, gradient_class()));
  if (!g) return JS_EXCEPTION;
  double offset = 0;
  if (!finite_arg(c, arg(argc, argv, 0), "gradient.addColorStop", "offset", offset)) return JS_EXCEPTION;
  if (offset < 0 || offset > 1)
    return JS_ThrowRangeError(c, "gradient.addColorStop: offset must be between 0 and 1, got %s",
                              number_to_string(offset).c_str());
  std::string css;
  if (!string_arg(c, arg(argc, argv, 1), "gradient.addColorStop", "color", css)) return JS_EXCEPTION;
  const auto color = viz::parse_color(css);
  if (!color)
    return JS_ThrowTypeError(c, "gradient.addColorStop: '%s' is not a CSS colour", css.c_str());
  (*g)->add_color_stop(offset, *color);
  return JS_UNDEFINED;
}

bool paint_arg(JSContext* c, JSValueConst v, const char* fn, viz::Paint& out) {
  if (JS_IsString(v)) {
    std::string css;
    if (!string_arg(c, v, fn, "the value", css)) return false;
    const auto color = viz::parse_color(css);
    if (!color) {
      JS_ThrowTypeError(c,
                        "%s: '%s' is not a CSS colour (expected a name like 'red', #rgb, #rrggbb, "
                        "#rrggbbaa, rgb(r, g, b), rgba(r, g, b, a) or hsl(h, s%%, l%%))",
                        fn, css.c_str());
      return false;
    }
    out = viz::Paint{*color, nullptr};
    return true;
  }
  if (auto* g = static_cast<std::shared_ptr<viz::Gradient>*>(JS_GetOpaque(v, gradient_class()))) {
    out = viz::Paint{viz::Rgba{}, *g};
    return true;
  }
  JS_ThrowTypeError(c, "%s: expected a CSS colour string or a gradient from createLinearGradient/"
                       "createRadialGradient, got %s", fn, describe(c, v).c_str());
  return false;
}

JSValue paint_value(JSContext* c, const viz::Paint& p) {
  if (p.gradient) return new_gradient_object(c, p.gradient);
  const std::string s = viz::serialize_color(p.color);
  return JS_NewStringLen(c, s.data(), s.size());
}

// ---------------------------------------------------------------------------------------------
// The 2D context: properties

enum ContextProp {
  kFillStyle, kStrokeStyle, kLineWidth, kLineCap, kLineJoin, kMiterLimit, kLineDashOffset,
  kFont, kTextAlign, kTextBaseline, kGlobalAlpha, kCompositeOp, kImageSmoothing, kCanvasOf,
  kPropCount
};

constexpr const char* kContextPropNames[] = {
    "fillStyle", "strokeStyle", "lineWidth", "lineCap", "lineJoin", "miterLimit", "lineDashOffset",
    "font", "textAlign", "textBaseline", "globalAlpha", "globalCompositeOperation",
    "imageSmoothingEnabled", "canvas"};
static_assert(std::size(kContextPropNames) == kPropCount);

JSValue string_value(JSContext* c, std::string_view s) { return JS_NewStringLen(c, s.data(), s.size()); }

JSValue context_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  viz::Canvas2D& g = e->canvas->context();
  switch (magic) {
    case kFillStyle: return paint_value(c, g.fill());
    case kStrokeStyle: return paint_value(c, g.stroke_paint());
    case kLineWidth: return JS_NewFloat64(c, g.line_width());
    case kLineCap: return string_value(c, viz::line_cap_name(g.line_cap()));
    case kLineJoin: return string_value(c, viz::line_join_name(g.line_join()));
    case kMiterLimit: return JS_NewFloat64(c, g.miter_limit());
    case kLineDashOffset: return JS_NewFloat64(c, g.line_dash_offset());
    case kFont: return string_value(c, g.font().css());
    case kTextAlign: return string_value(c, viz::to_string(g.text_align()));
    case kTextBaseline: return string_value(c, viz::to_string(g.text_baseline()));
    case kGlobalAlpha: return JS_NewFloat64(c, g.global_alpha());
    case kCompositeOp: return string_value(c, g.composite());
    case kImageSmoothing: return JS_NewBool(c, true);
    case kCanvasOf: return JS_DupValue(c, e->object.get());
    default: return JS_UNDEFINED;
  }
}

JSValue context_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  viz::Canvas2D& g = e->canvas->context();
  const JSValueConst v = arg(argc, argv, 0);
  const std::string fn = std::string("ctx.") + kContextPropNames[magic];
  const auto positive = [&](double& out) {
    if (!finite_arg(c, v, fn.c_str(), "the value", out)) return false;
    if (out <= 0) {
      JS_ThrowRangeError(c, "%s: must be greater than 0, got %s", fn.c_str(), number_to_string(out).c_str());
      return false;
    }
    return true;
  };
  // A keyword property given a string that is none of its keywords.
  const auto keyword = [&](const std::string& value, const char* expected) {
    return JS_ThrowTypeError(c, "%s: '%s' is not one of %s", fn.c_str(), value.c_str(), expected);
  };
  std::string s;
  double d = 0;
  switch (magic) {
    case kFillStyle:
    case kStrokeStyle: {
      viz::Paint p;
      if (!paint_arg(c, v, fn.c_str(), p)) return JS_EXCEPTION;
      if (magic == kFillStyle) g.set_fill(std::move(p));
      else g.set_stroke(std::move(p));
      return JS_UNDEFINED;
    }
    case kLineWidth:
      if (!positive(d)) return JS_EXCEPTION;
      g.set_line_width(d);
      return JS_UNDEFINED;
    case kMiterLimit:
      if (!positive(d)) return JS_EXCEPTION;
      g.set_miter_limit(d);
      return JS_UNDEFINED;
    case kLineDashOffset:
      if (!finite_arg(c, v, fn.c_str(), "the value", d)) return JS_EXCEPTION;
      g.set_line_dash_offset(d);
      return JS_UNDEFINED;
    case kGlobalAlpha:
      if (!finite_arg(c, v, fn.c_str(), "the value", d)) return JS_EXCEPTION;
      if (d < 0 || d > 1)
        return JS_ThrowRangeError(c, "ctx.globalAlpha: must be between 0 and 1, got %s", number_to_string(d).c_str());
      g.set_global_alpha(d);
      return JS_UNDEFINED;
    case kLineCap: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      if (auto cap = viz::parse_line_cap(s)) g.set_line_cap(*cap);
      else return keyword(s, "'butt', 'round', 'square'");
      return JS_UNDEFINED;
    }
    case kLineJoin: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      if (auto join = viz::parse_line_join(s)) g.set_line_join(*join);
      else return keyword(s, "'miter', 'round', 'bevel'");
      return JS_UNDEFINED;
    }
    case kTextAlign: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      if (auto a = viz::parse_text_align(s)) g.set_text_align(*a);
      else return keyword(s, "'start', 'end', 'left', 'right', 'center'");
      return JS_UNDEFINED;
    }
    case kTextBaseline: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      if (auto b = viz::parse_text_baseline(s)) g.set_text_baseline(*b);
      else return keyword(s, "'alphabetic', 'top', 'hanging', 'middle', 'ideographic', 'bottom'");
      return JS_UNDEFINED;
    }
    case kCompositeOp: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      if (auto op = viz::parse_composite(s)) g.set_composite(*op, s);
      else return keyword(s, "the compositing operators ('source-over', 'multiply', 'lighter', ...)");
      return JS_UNDEFINED;
    }
    case kFont: {
      if (!string_arg(c, v, fn.c_str(), "the value", s)) return JS_EXCEPTION;
      auto font = viz::parse_font(s, g.font().size_px);
      if (!font)
        return JS_ThrowTypeError(c, "ctx.font: '%s' is not a CSS font (expected e.g. 'bold 16px sans-serif')",
                                 s.c_str());
      if (font->size_px > kMaxFontPx)
        return JS_ThrowRangeError(c, "ctx.font: font sizes over %gpx are not supported, got %s", kMaxFontPx,
                                  number_to_string(font->size_px).c_str());
      g.set_font(std::move(*font));
      return JS_UNDEFINED;
    }
    case kImageSmoothing:
      // Only affects drawImage, which this canvas does not have: accepted, no effect.
      return JS_UNDEFINED;
    default:
      return JS_ThrowTypeError(c, "%s is read-only", fn.c_str());
  }
}

// ---------------------------------------------------------------------------------------------
// The 2D context: methods

// Cairo keeps a failed context in an error state; reset it so the canvas stays usable, and say so.
JSValue after_draw(JSContext* c, CanvasEntry* e, const char* fn) {
  viz::Canvas2D& g = e->canvas->context();
  if (g.ok()) return JS_UNDEFINED;
  const std::string why = cairo_status_to_string(g.status());
  g.reset();
  return JS_ThrowRangeError(c, "%s: the drawing failed (%s) and the context was reset", fn, why.c_str());
}

enum NumericOp {
  kFillRect, kStrokeRect, kClearRect, kRect, kMoveTo, kLineTo, kTranslate, kScale, kRotate,
  kTransform, kQuadTo, kBezierTo, kArcTo, kBeginPath, kClosePath, kSave, kRestore, kResetTransform,
};

struct NumericDef {
  const char* name;
  int argc;
  const char* params[6];
};

constexpr NumericDef kNumeric[] = {
    {"fillRect", 4, {"x", "y", "width", "height"}},
    {"strokeRect", 4, {"x", "y", "width", "height"}},
    {"clearRect", 4, {"x", "y", "width", "height"}},
    {"rect", 4, {"x", "y", "width", "height"}},
    {"moveTo", 2, {"x", "y"}},
    {"lineTo", 2, {"x", "y"}},
    {"translate", 2, {"x", "y"}},
    {"scale", 2, {"x", "y"}},
    {"rotate", 1, {"angle"}},
    {"transform", 6, {"a", "b", "c", "d", "e", "f"}},
    {"quadraticCurveTo", 4, {"cpx", "cpy", "x", "y"}},
    {"bezierCurveTo", 6, {"cp1x", "cp1y", "cp2x", "cp2y", "x", "y"}},
    {"arcTo", 5, {"x1", "y1", "x2", "y2", "radius"}},
    {"beginPath", 0, {}},
    {"closePath", 0, {}},
    {"save", 0, {}},
    {"restore", 0, {}},
    {"resetTransform", 0, {}},
};

JSValue js_numeric(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const NumericDef& def = kNumeric[magic];
  const std::string fn = std::string("ctx.") + def.name;
  double a[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < def.argc; ++i)
    if (!finite_arg(c, arg(argc, argv, i), fn.c_str(), def.params[i], a[i])) return JS_EXCEPTION;
  viz::Canvas2D& g = e->canvas->context();
  switch (magic) {
    case kFillRect: g.fill_rect(a[0], a[1], a[2], a[3]); break;
    case kStrokeRect: g.stroke_rect(a[0], a[1], a[2], a[3]); break;
    case kClearRect: g.clear_rect(a[0], a[1], a[2], a[3]); break;
    case kRect: g.rect(a[0], a[1], a[2], a[3]); break;
    case kMoveTo: g.move_to(a[0], a[1]); break;
    case kLineTo: g.line_to(a[0], a[1]); break;
    case kTranslate: g.translate(a[0], a[1]); break;
    case kScale: g.scale(a[0], a[1]); break;
    case kRotate: g.rotate(a[0]); break;
    case kTransform: g.transform(a[0], a[1], a[2], a[3], a[4], a[5]); break;
    case kQuadTo: g.quadratic_curve_to(a[0], a[1], a[2], a[3]); break;
    case kBezierTo: g.bezier_curve_to(a[0], a[1], a[2], a[3], a[4], a[5]); break;
    case kArcTo:
      if (a[4] < 0)
        return JS_ThrowRangeError(c, "ctx.arcTo: radius must not be negative, got %s",
                                  number_to_string(a[4]).c_str());
      g.arc_to(a[0], a[1], a[2], a[3], a[4]);
      break;
    case kBeginPath: g.begin_path(); break;
    case kClosePath: g.close_path(); break;
    case kSave:
      if (!g.save())
        return Context::from(c).throw_limit_error(
            JsErrorType::kRangeError,
            "ctx.save: more than " + std::to_string(viz::kMaxSaveDepth) + " nested save() calls without restore()");
      break;
    case kRestore: g.restore(); break;
    case kResetTransform: g.reset_transform(); break;
    default: break;
  }
  return after_draw(c, e, fn.c_str());
}

JSValue js_set_transform(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  static constexpr const char* kNames[] = {"a", "b", "c", "d", "e", "f"};
  double m[6] = {1, 0, 0, 1, 0, 0};
  if (argc >= 2) {
    for (int i = 0; i < 6; ++i)
      if (!finite_arg(c, arg(argc, argv, i), "ctx.setTransform", kNames[i], m[i])) return JS_EXCEPTION;
  } else if (argc == 1 && !JS_IsUndefined(argv[0])) {
    // A DOMMatrix-like object {a, b, c, d, e, f}.
    if (!JS_IsObject(argv[0]))
      return JS_ThrowTypeError(c, "ctx.setTransform: expected six numbers or an object {a, b, c, d, e, f}, got %s",
                               describe(c, argv[0]).c_str());
    for (int i = 0; i < 6; ++i) {
      Value v(c, JS_GetPropertyStr(c, argv[0], kNames[i]));
      if (v.is_exception()) return JS_EXCEPTION;
      if (!v.is_undefined() && !finite_arg(c, v.get(), "ctx.setTransform", kNames[i], m[i])) return JS_EXCEPTION;
    }
  }
  e->canvas->context().set_transform(m[0], m[1], m[2], m[3], m[4], m[5]);
  return JS_UNDEFINED;
}

JSValue js_arc(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const bool ellipse = magic == 1;
  const char* fn = ellipse ? "ctx.ellipse" : "ctx.arc";
  static constexpr const char* kArc[] = {"x", "y", "radius", "startAngle", "endAngle"};
  static constexpr const char* kEllipse[] = {"x", "y", "radiusX", "radiusY", "rotation", "startAngle", "endAngle"};
  const int n = ellipse ? 7 : 5;
  double a[7] = {};
  for (int i = 0; i < n; ++i)
    if (!finite_arg(c, arg(argc, argv, i), fn, ellipse ? kEllipse[i] : kArc[i], a[i])) return JS_EXCEPTION;
  const bool anticlockwise = JS_ToBool(c, arg(argc, argv, n)) > 0;
  viz::Canvas2D& g = e->canvas->context();
  if (ellipse) {
    if (a[2] < 0 || a[3] < 0)
      return JS_ThrowRangeError(c, "ctx.ellipse: the radii must not be negative, got %s and %s",
                                number_to_string(a[2]).c_str(), number_to_string(a[3]).c_str());
    g.ellipse(a[0], a[1], a[2], a[3], a[4], a[5], a[6], anticlockwise);
  } else {
    if (a[2] < 0)
      return JS_ThrowRangeError(c, "ctx.arc: radius must not be negative, got %s",
                                number_to_string(a[2]).c_str());
    g.arc(a[0], a[1], a[2], a[3], a[4], anticlockwise);
  }
  return after_draw(c, e, fn);
}

// fill() / stroke() / clip(), with an optional fill rule for fill and clip.
JSValue js_paint(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  static constexpr const char* kNames[] = {"ctx.fill", "ctx.stroke", "ctx.clip"};
  const char* fn = kNames[magic];
  bool evenodd = false;
  if (argc > 0 && !JS_IsUndefined(argv[0])) {
    if (magic == 1 || !JS_IsString(argv[0]))
      return JS_ThrowTypeError(c, "%s: Path2D objects are not supported; build the path on the context (got %s)",
                               fn, describe(c, argv[0]).c_str());
    std::string rule;
    if (!string_arg(c, argv[0], fn, "fillRule", rule)) return JS_EXCEPTION;
    if (rule == "evenodd") evenodd = true;
    else if (rule != "nonzero")
      return JS_ThrowTypeError(c, "%s: fillRule must be 'nonzero' or 'evenodd', got '%s'", fn, rule.c_str());
  }
  viz::Canvas2D& g = e->canvas->context();
  if (magic == 0) g.fill_path(evenodd);
  else if (magic == 1) g.stroke_path();
  else g.clip(evenodd);
  return after_draw(c, e, fn);
}

JSValue js_text(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const char* fn = magic ? "ctx.strokeText" : "ctx.fillText";
  if (argc < 3) return JS_ThrowTypeError(c, "%s: expected (text, x, y[, maxWidth]), got %d arguments", fn, argc);
  std::string text;
  double x = 0, y = 0;
  if (!text_arg(c, argv[0], fn, text) || !finite_arg(c, argv[1], fn, "x", x) || !finite_arg(c, argv[2], fn, "y", y))
    return JS_EXCEPTION;
  std::optional<double> max_width;
  if (argc > 3 && !JS_IsUndefined(argv[3])) {
    double m = 0;
    if (!finite_arg(c, argv[3], fn, "maxWidth", m)) return JS_EXCEPTION;
    max_width = m;
  }
  return guarded(c, [&] {
    viz::Canvas2D& g = e->canvas->context();
    if (magic) g.stroke_text(text, x, y, max_width);
    else g.fill_text(text, x, y, max_width);
    return after_draw(c, e, fn);
  });
}

bool set_number(JSContext* c, JSValueConst obj, const char* name, double v) {
  return JS_DefinePropertyValueStr(c, obj, name, JS_NewFloat64(c, v), JS_PROP_C_W_E) >= 0;
}

JSValue js_measure_text(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  if (argc < 1) return JS_ThrowTypeError(c, "ctx.measureText: expected (text)");
  std::string text;
  if (!text_arg(c, argv[0], "ctx.measureText", text)) return JS_EXCEPTION;
  return guarded(c, [&]() -> JSValue {
    const viz::TextMetrics m = e->canvas->context().measure_text(text);
    Value obj(c, JS_NewObject(c));
    if (obj.is_exception()) return JS_EXCEPTION;
    if (!set_number(c, obj.get(), "width", m.width) ||
        !set_number(c, obj.get(), "actualBoundingBoxLeft", m.actual_left) ||
        !set_number(c, obj.get(), "actualBoundingBoxRight", m.actual_right) ||
        !set_number(c, obj.get(), "actualBoundingBoxAscent", m.actual_ascent) ||
        !set_number(c, obj.get(), "actualBoundingBoxDescent", m.actual_descent) ||
        !set_number(c, obj.get(), "fontBoundingBoxAscent", m.font_ascent) ||
        !set_number(c, obj.get(), "fontBoundingBoxDescent", m.font_descent))
      return JS_EXCEPTION;
    return obj.release();
  });
}

JSValue js_set_line_dash(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const JSValueConst list = arg(argc, argv, 0);
  if (!is_array_like(c, list))
    return JS_ThrowTypeError(c, "ctx.setLineDash: expected an array of numbers, got %s", describe(c, list).c_str());
  int64_t len = 0;
  if (!array_length(c, list, len)) return JS_EXCEPTION;
  if (len > static_cast<int64_t>(kMaxDashEntries))
    return JS_ThrowRangeError(c, "ctx.setLineDash: at most %zu entries, got %lld", kMaxDashEntries,
                              static_cast<long long>(len));
  std::vector<double> dash;
  for (int64_t i = 0; i < len; ++i) {
    Value item(c, JS_GetPropertyUint32(c, list, static_cast<uint32_t>(i)));
    if (item.is_exception()) return JS_EXCEPTION;
    double d = 0;
    if (!finite_arg(c, item.get(), "ctx.setLineDash", "each segment", d)) return JS_EXCEPTION;
    if (d < 0)
      return JS_ThrowRangeError(c, "ctx.setLineDash: segments must not be negative, got %s",
                                number_to_string(d).c_str());
    dash.push_back(d);
  }
  e->canvas->context().set_line_dash(std::move(dash));
  return JS_UNDEFINED;
}

JSValue js_get_line_dash(JSContext* c, JSValueConst this_val, int, JSValueConst*) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  Value arr(c, JS_NewArray(c));
  if (arr.is_exception()) return JS_EXCEPTION;
  const auto& dash = e->canvas->context().line_dash();
  for (std::size_t i = 0; i < dash.size(); ++i)
    if (JS_SetPropertyUint32(c, arr.get(), static_cast<uint32_t>(i), JS_NewFloat64(c, dash[i])) < 0)
      return JS_EXCEPTION;
  return arr.release();
}

JSValue js_create_gradient(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const bool radial = magic == 1;
  const char* fn = radial ? "ctx.createRadialGradient" : "ctx.createLinearGradient";
  static constexpr const char* kLinear[] = {"x0", "y0", "x1", "y1"};
  static constexpr const char* kRadial[] = {"x0", "y0", "r0", "x1", "y1", "r1"};
  const int n = radial ? 6 : 4;
  double a[6] = {};
  for (int i = 0; i < n; ++i)
    if (!finite_arg(c, arg(argc, argv, i), fn, radial ? kRadial[i] : kLinear[i], a[i])) return JS_EXCEPTION;
  if (radial && (a[2] < 0 || a[5] < 0))
    return JS_ThrowRangeError(c, "%s: the radii must not be negative", fn);
  return guarded(c, [&] {
    return new_gradient_object(c, radial ? viz::Gradient::radial(a[0], a[1], a[2], a[3], a[4], a[5])
                                         : viz::Gradient::linear(a[0], a[1], a[2], a[3]));
  });
}

// An int from a number the caller checked is finite, clamped far outside any canvas (so that
// sums of a few of them cannot overflow).
int clamp_int(double d) { return static_cast<int>(std::clamp(std::trunc(d), -1e7, 1e7)); }

bool image_size(JSContext* c, JSValueConst w_v, JSValueConst h_v, const char* fn, int& w, int& h) {
  double wd = 0, hd = 0;
  if (!finite_arg(c, w_v, fn, "width", wd) || !finite_arg(c, h_v, fn, "height", hd)) return false;
  wd = std::fabs(std::trunc(wd));
  hd = std::fabs(std::trunc(hd));
  if (wd == 0 || hd == 0) {
    JS_ThrowRangeError(c, "%s: the width and height must not be 0", fn);
    return false;
  }
  if (wd > viz::kMaxCanvasSide || hd > viz::kMaxCanvasSide) {
    Context::from(c).throw_limit_error(JsErrorType::kRangeError,
                                       std::string(fn) + ": " + number_to_string(wd) + " x " +
                                           number_to_string(hd) + " is over the limit of " +
                                           std::to_string(viz::kMaxCanvasSide) + " pixels a side");
    return false;
  }
  w = static_cast<int>(wd);
  h = static_cast<int>(hd);
  return true;
}

// An ImageData as browsers make it: { width, height, data: Uint8ClampedArray, colorSpace }, its
// bytes a copy of `rgba`, or zeros. Allocated by the engine, under the artifact's memory limit.
JSValue new_image_data(JSContext* c, int w, int h, const unsigned char* rgba) {
  const std::size_t bytes = static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4;
  Value source(c, rgba ? JS_NewArrayBufferCopy(c, rgba, bytes) : JS_NewInt64(c, static_cast<int64_t>(bytes)));
  if (source.is_exception()) return JS_EXCEPTION;
  // The constructor reads (buffer, byteOffset, length) without checking argc: pass all three.
  JSValueConst args[3] = {source.get(), JS_UNDEFINED, JS_UNDEFINED};
  Value typed(c, JS_NewTypedArray(c, 3, args, JS_TYPED_ARRAY_UINT8C));
  if (typed.is_exception()) return JS_EXCEPTION;
  Value obj(c, JS_NewObject(c));
  if (obj.is_exception()) return JS_EXCEPTION;
  if (JS_DefinePropertyValueStr(c, obj.get(), "width", JS_NewInt32(c, w), JS_PROP_C_W_E) < 0 ||
      JS_DefinePropertyValueStr(c, obj.get(), "height", JS_NewInt32(c, h), JS_PROP_C_W_E) < 0 ||
      JS_DefinePropertyValueStr(c, obj.get(), "data", typed.release(), JS_PROP_C_W_E) < 0 ||
      JS_DefinePropertyValueStr(c, obj.get(), "colorSpace", JS_NewString(c, "srgb"), JS_PROP_C_W_E) < 0)
    return JS_EXCEPTION;
  return obj.release();
}

JSValue js_create_image_data(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  int w = 0, h = 0;
  if (argc == 1 && JS_IsObject(argv[0])) {
    // createImageData(imageData): the same size, transparent.
    Value wv(c, JS_GetPropertyStr(c, argv[0], "width"));
    Value hv(c, JS_GetPropertyStr(c, argv[0], "height"));
    if (wv.is_exception() || hv.is_exception()) return JS_EXCEPTION;
    if (!image_size(c, wv.get(), hv.get(), "ctx.createImageData", w, h)) return JS_EXCEPTION;
  } else if (!image_size(c, arg(argc, argv, 0), arg(argc, argv, 1), "ctx.createImageData", w, h)) {
    return JS_EXCEPTION;
  }
  return new_image_data(c, w, h, nullptr);
}

JSValue js_get_image_data(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  double sx = 0, sy = 0, swd = 0, shd = 0;
  if (!finite_arg(c, arg(argc, argv, 0), "ctx.getImageData", "sx", sx) ||
      !finite_arg(c, arg(argc, argv, 1), "ctx.getImageData", "sy", sy) ||
      !finite_arg(c, arg(argc, argv, 2), "ctx.getImageData", "sw", swd) ||
      !finite_arg(c, arg(argc, argv, 3), "ctx.getImageData", "sh", shd))
    return JS_EXCEPTION;
  int w = 0, h = 0;
  if (!image_size(c, arg(argc, argv, 2), arg(argc, argv, 3), "ctx.getImageData", w, h)) return JS_EXCEPTION;
  // A negative width or height reads the rectangle on the other side of (sx, sy).
  int x = clamp_int(sx), y = clamp_int(sy);
  if (swd < 0) x -= w;
  if (shd < 0) y -= h;
  return guarded(c, [&] {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    e->canvas->read_rgba(x, y, w, h, pixels.data());
    return new_image_data(c, w, h, pixels.data());
  });
}

JSValue js_put_image_data(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  const JSValueConst image = arg(argc, argv, 0);
  constexpr const char* kExpected =
      "an ImageData from createImageData/getImageData, or { width, height, data: Uint8ClampedArray }";
  if (!JS_IsObject(image))
    return JS_ThrowTypeError(c, "ctx.putImageData: expected %s, got %s", kExpected,
                             describe(c, image).c_str());
  Value wv(c, JS_GetPropertyStr(c, image, "width"));
  Value hv(c, JS_GetPropertyStr(c, image, "height"));
  Value data(c, JS_GetPropertyStr(c, image, "data"));
  if (wv.is_exception() || hv.is_exception() || data.is_exception()) return JS_EXCEPTION;
  int w = 0, h = 0;
  if (!image_size(c, wv.get(), hv.get(), "ctx.putImageData", w, h)) return JS_EXCEPTION;
  double a[6] = {};
  static constexpr const char* kNames[] = {"dx", "dy", "dirtyX", "dirtyY", "dirtyWidth", "dirtyHeight"};
  const bool dirty = argc >= 4;
  for (int i = 0; i < (dirty ? 6 : 2); ++i)
    if (!finite_arg(c, arg(argc, argv, i + 1), "ctx.putImageData", kNames[i], a[i])) return JS_EXCEPTION;
  int dirty_x = 0, dirty_y = 0, dirty_w = w, dirty_h = h;
  if (dirty) {
    dirty_x = clamp_int(a[2]);
    dirty_y = clamp_int(a[3]);
    dirty_w = clamp_int(a[4]);
    dirty_h = clamp_int(a[5]);
    if (dirty_w < 0) dirty_x += dirty_w, dirty_w = -dirty_w;
    if (dirty_h < 0) dirty_y += dirty_h, dirty_h = -dirty_h;
  }
  if (!engine::class_id::is_typed_array(JS_GetClassID(data.get())))
    return JS_ThrowTypeError(c, "ctx.putImageData: data must be a Uint8ClampedArray (%s)", kExpected);
  size_t offset = 0, length = 0, element = 0;
  Value buffer(c, JS_GetTypedArrayBuffer(c, data.get(), &offset, &length, &element));
  if (buffer.is_exception()) return JS_EXCEPTION;
  size_t size = 0;
  const uint8_t* bytes = JS_GetArrayBuffer(c, &size, buffer.get());
  if (!bytes) return JS_EXCEPTION;  // detached
  if (element != 1 || length != static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4 || offset + length > size)
    return JS_ThrowTypeError(c, "ctx.putImageData: data must be a Uint8ClampedArray of width * height * 4 = %zu bytes",
                             static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  e->canvas->write_rgba(bytes + offset, w, h, clamp_int(a[0]), clamp_int(a[1]), dirty_x, dirty_y, dirty_w, dirty_h);
  return JS_UNDEFINED;
}

JSValue js_round_rect(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  CanvasEntry* e = context_this(c, this_val);
  if (!e) return JS_EXCEPTION;
  static constexpr const char* kNames[] = {"x", "y", "width", "height"};
  double a[4] = {};
  for (int i = 0; i < 4; ++i)
    if (!finite_arg(c, arg(argc, argv, i), "ctx.roundRect", kNames[i], a[i])) return JS_EXCEPTION;
  // radii: a number or a list of 1 to 4 numbers, as CSS border-radius.
  std::vector<double> list;
  const JSValueConst r = arg(argc, argv, 4);
  if (JS_IsUndefined(r)) {
    list.push_back(0);
  } else if (JS_IsNumber(r)) {
    double d = 0;
    if (!finite_arg(c, r, "ctx.roundRect", "radii", d)) return JS_EXCEPTION;
    list.push_back(d);
  } else if (JS_IsArray(c, r) > 0) {
    int64_t len = 0;
    if (!array_length(c, r, len)) return JS_EXCEPTION;
    if (len < 1 || len > 4)
      return JS_ThrowRangeError(c, "ctx.roundRect: radii must list 1 to 4 numbers, got %lld",
                                static_cast<long long>(len));
    for (int64_t i = 0; i < len; ++i) {
      Value item(c, JS_GetPropertyUint32(c, r, static_cast<uint32_t>(i)));
      if (item.is_exception()) return JS_EXCEPTION;
      double d = 0;
      if (!finite_arg(c, item.get(), "ctx.roundRect", "each radius", d)) return JS_EXCEPTION;
      list.push_back(d);
    }
  } else {
    return JS_ThrowTypeError(c, "ctx.roundRect: radii must be a number or an array of 1 to 4 numbers, got %s",
                             describe(c, r).c_str());
  }
  for (double d : list)
    if (d < 0)
      return JS_ThrowRangeError(c, "ctx.roundRect: radii must not be negative, got %s",
                                number_to_string(d).c_str());
  double radii[4];
  switch (list.size()) {
    case 1: radii[0] = radii[1] = radii[2] = radii[3] = list[0]; break;
    case 2: radii[0] = radii[2] = list[0], radii[1] = radii[3] = list[1]; break;
    case 3: radii[0] = list[0], radii[1] = radii[3] = list[1], radii[2] = list[2]; break;
    default: std::copy(list.begin(), list.end(), radii); break;
  }
  e->canvas->context().round_rect(a[0], a[1], a[2], a[3], radii);
  return after_draw(c, e, "ctx.roundRect");
}

// Browser context members this canvas does not implement: a clear TypeError instead of
// "not a function", or of a property stored and ignored.
struct Unsupported {
  const char* name;
  const char* why;
};
constexpr Unsupported kUnsupportedMethods[] = {
    {"drawImage",
     "there are no images to draw from in llmos; draw with paths, or copy pixels with "
     "getImageData/putImageData"},
    {"createPattern", "patterns are not supported; use a colour or a gradient"},
    {"createConicGradient",
     "conic gradients are not supported; use createLinearGradient or createRadialGradient"},
    {"isPointInPath", "hit testing is not supported"},
    {"isPointInStroke", "hit testing is not supported"},
    {"getTransform", "DOMMatrix is not available; keep track of the transform in your code"},
    {"drawFocusIfNeeded", "there is no focus in llmos canvases"},
};

JSValue js_unsupported(JSContext* c, JSValueConst, int, JSValueConst*, int magic) {
  const Unsupported& u = kUnsupportedMethods[magic];
  return JS_ThrowTypeError(c, "ctx.%s is not supported: %s", u.name, u.why);
}

// Properties whose only accepted value is the one that changes nothing (shadows stay off).
enum Inert {
  kShadowBlur,
  kShadowOffsetX,
  kShadowOffsetY,
  kShadowColor,
  kFilter,
  kDirection,
  kLetterSpacing,
  kInertCount
};
constexpr const char* kInertNames[] = {"shadowBlur", "shadowOffsetX", "shadowOffsetY", "shadowColor",
                                       "filter",     "direction",     "letterSpacing"};

JSValue inert_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int magic) {
  if (!context_this(c, this_val)) return JS_EXCEPTION;
  switch (magic) {
    case kShadowColor: return JS_NewString(c, "rgba(0, 0, 0, 0)");
    case kFilter: return JS_NewString(c, "none");
    case kDirection: return JS_NewString(c, "ltr");
    case kLetterSpacing: return JS_NewString(c, "0px");
    default: return JS_NewInt32(c, 0);
  }
}

JSValue inert_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  if (!context_this(c, this_val)) return JS_EXCEPTION;
  const JSValueConst v = arg(argc, argv, 0);
  bool inert = false;
  if (magic <= kShadowOffsetY) {
    double d = 1;
    inert = JS_IsNumber(v) && JS_ToFloat64(c, &d, v) == 0 && d == 0;
  } else if (JS_IsString(v)) {
    engine::CString s(c, v);
    const std::string_view text = s.view();
    if (magic == kShadowColor) {
      const auto color = viz::parse_color(text);
      inert = color && color->a == 0;
    } else if (magic == kFilter) {
      inert = text == "none";
    } else if (magic == kDirection) {
      inert = text == "ltr" || text == "inherit";
    } else {
      inert = text == "0px" || text == "0" || text == "normal";
    }
  }
  if (inert) return JS_UNDEFINED;
  const char* why = magic <= kShadowColor ? "shadows are not supported by llmos canvases"
                    : magic == kFilter    ? "filters are not supported by llmos canvases"
                    : magic == kDirection ? "right-to-left text is not supported by llmos canvases"
                                          : "letter spacing is not supported by llmos canvases";
  return JS_ThrowTypeError(c, "ctx.%s = %s: %s", kInertNames[magic], describe(c, v).c_str(), why);
}

// ---------------------------------------------------------------------------------------------
// plot

// Reads an array of numbers; null, undefined and NaN are gaps (NaN) when `gaps`.
bool number_array(JSContext* c, JSValueConst arr, const std::string& what, bool gaps, std::vector<double>& out,
                  std::size_t& budget) {
  int64_t len = 0;
  if (!array_length(c, arr, len)) return false;
  if (len < 0 || static_cast<std::size_t>(len) > budget) {
    Context::from(c).throw_limit_error(JsErrorType::kRangeError,
                                       "LLMOS.viz.plot: more than " + std::to_string(viz::kMaxPlotPoints) +
                                           " points in all");
    return false;
  }
  budget -= static_cast<std::size_t>(len);
  out.reserve(static_cast<std::size_t>(len));
  for (int64_t i = 0; i < len; ++i) {
    Value item(c, JS_GetPropertyUint32(c, arr, static_cast<uint32_t>(i)));
    if (item.is_exception()) return false;
    const JSValueConst v = item.get();
    double d = 0;
    if (JS_IsNumber(v)) {
      JS_ToFloat64(c, &d, v);
      if (std::isnan(d) && gaps) {
        out.push_back(NAN);
        continue;
      }
      if (!std::isfinite(d)) {
        JS_ThrowTypeError(c, "LLMOS.viz.plot: %s[%lld] is %s; values must be finite numbers%s", what.c_str(),
                          static_cast<long long>(i), number_to_string(d).c_str(), gaps ? " (null for a gap)" : "");
        return false;
      }
      out.push_back(d);
    } else if (gaps && (JS_IsNull(v) || JS_IsUndefined(v))) {
      out.push_back(NAN);
    } else {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: %s[%lld] is %s; expected %s", what.c_str(), static_cast<long long>(i),
                        describe(c, v).c_str(), gaps ? "a number (or null for a gap)" : "a number");
      return false;
    }
  }
  return true;
}

constexpr const char* kDataShapes =
    "data must be an array of numbers, an object {x: [...], y: [...], label?}, or an array of such objects";

bool read_series(JSContext* c, JSValueConst obj, std::size_t index, bool several, viz::Series& s, std::size_t& budget) {
  const std::string where = several ? "series " + std::to_string(index) : std::string("data");
  const std::string what = "LLMOS.viz.plot: " + where;
  if (!check_keys(c, obj, what.c_str(), {"x", "y", "label", "name", "color"})) return false;
  Value y(c, JS_GetPropertyStr(c, obj, "y"));
  if (y.is_exception()) return false;
  if (!is_array_like(c, y.get())) {
    JS_ThrowTypeError(c, "LLMOS.viz.plot: %s.y must be an array of numbers, got %s (%s)", where.c_str(),
                      describe(c, y.get()).c_str(), kDataShapes);
    return false;
  }
  if (!number_array(c, y.get(), where + ".y", true, s.y, budget)) return false;
  if (s.y.empty()) {
    JS_ThrowTypeError(c, "LLMOS.viz.plot: %s.y is empty; a series needs at least one value", where.c_str());
    return false;
  }
  Value x(c, JS_GetPropertyStr(c, obj, "x"));
  if (x.is_exception()) return false;
  if (!x.is_undefined()) {
    if (!is_array_like(c, x.get())) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: %s.x must be an array of numbers or of strings, got %s", where.c_str(),
                        describe(c, x.get()).c_str());
      return false;
    }
    int64_t len = 0;
    if (!array_length(c, x.get(), len)) return false;
    if (len != static_cast<int64_t>(s.y.size())) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: %s has %lld x values and %zu y values; x and y must have the same length",
                        where.c_str(), static_cast<long long>(len), s.y.size());
      return false;
    }
    Value first(c, JS_GetPropertyUint32(c, x.get(), 0));
    if (first.is_exception()) return false;
    if (JS_IsString(first.get())) {
      for (int64_t i = 0; i < len; ++i) {
        Value item(c, JS_GetPropertyUint32(c, x.get(), static_cast<uint32_t>(i)));
        if (item.is_exception()) return false;
        if (!JS_IsString(item.get())) {
          JS_ThrowTypeError(c, "LLMOS.viz.plot: %s.x[%lld] is %s; x must be all numbers or all strings", where.c_str(),
                            static_cast<long long>(i), describe(c, item.get()).c_str());
          return false;
        }
        std::string name;
        if (!text_arg(c, item.get(), "LLMOS.viz.plot", name)) return false;
        s.x_names.push_back(std::move(name));
      }
    } else {
      std::size_t unlimited = SIZE_MAX;
      if (!number_array(c, x.get(), where + ".x", false, s.x, unlimited)) return false;
    }
  }
  for (const char* key : {"label", "name"}) {
    Value label(c, JS_GetPropertyStr(c, obj, key));
    if (label.is_exception()) return false;
    if (label.is_undefined()) continue;
    if (!string_arg(c, label.get(), what.c_str(), key, s.label)) return false;
    if (s.label.size() > kMaxTitleBytes) s.label.resize(utf8::safe_prefix(s.label, kMaxTitleBytes));
  }
  Value color(c, JS_GetPropertyStr(c, obj, "color"));
  if (color.is_exception()) return false;
  if (!color.is_undefined()) {
    std::string css;
    if (!string_arg(c, color.get(), what.c_str(), "color", css)) return false;
    s.color = viz::parse_color(css);
    if (!s.color) {
      JS_ThrowTypeError(c, "%s: color '%s' is not a CSS colour", what.c_str(), css.c_str());
      return false;
    }
  }
  return true;
}

bool read_data(JSContext* c, JSValueConst data, std::vector<viz::Series>& out) {
  std::size_t budget = viz::kMaxPlotPoints;
  if (JS_IsArray(c, data) > 0 || engine::class_id::is_typed_array(JS_GetClassID(data))) {
    int64_t len = 0;
    if (!array_length(c, data, len)) return false;
    if (len == 0) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: data is an empty array (%s)", kDataShapes);
      return false;
    }
    Value first(c, JS_GetPropertyUint32(c, data, 0));
    if (first.is_exception()) return false;
    if (JS_IsObject(first.get()) && !JS_IsFunction(c, first.get()) && JS_IsArray(c, first.get()) <= 0) {
      if (len > static_cast<int64_t>(viz::kMaxPlotSeries)) {
        Context::from(c).throw_limit_error(
            JsErrorType::kRangeError,
            "LLMOS.viz.plot: more than " + std::to_string(viz::kMaxPlotSeries) + " series");
        return false;
      }
      for (int64_t i = 0; i < len; ++i) {
        Value item(c, JS_GetPropertyUint32(c, data, static_cast<uint32_t>(i)));
        if (item.is_exception()) return false;
        if (!JS_IsObject(item.get()) || JS_IsFunction(c, item.get()) || JS_IsArray(c, item.get()) > 0) {
          JS_ThrowTypeError(c, "LLMOS.viz.plot: data[%lld] is %s; every series must be an object {x, y, label} (%s)",
                            static_cast<long long>(i), describe(c, item.get()).c_str(), kDataShapes);
          return false;
        }
        viz::Series s;
        if (!read_series(c, item.get(), static_cast<std::size_t>(i), true, s, budget)) return false;
        out.push_back(std::move(s));
      }
      return true;
    }
    if (!JS_IsNumber(first.get()) && !JS_IsNull(first.get())) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: data[0] is %s (%s)", describe(c, first.get()).c_str(), kDataShapes);
      return false;
    }
    viz::Series s;
    if (!number_array(c, data, "data", true, s.y, budget)) return false;
    out.push_back(std::move(s));
    return true;
  }
  if (JS_IsObject(data) && !JS_IsFunction(c, data)) {
    viz::Series s;
    if (!read_series(c, data, 0, false, s, budget)) return false;
    out.push_back(std::move(s));
    return true;
  }
  JS_ThrowTypeError(c, "LLMOS.viz.plot: %s; got %s", kDataShapes, describe(c, data).c_str());
  return false;
}

bool read_options(JSContext* c, JSValueConst options, viz::PlotSpec& spec) {
  if (JS_IsUndefined(options) || JS_IsNull(options)) return true;
  if (!JS_IsObject(options) || JS_IsFunction(c, options) || JS_IsArray(c, options) > 0) {
    JS_ThrowTypeError(c, "LLMOS.viz.plot: options must be an object like { type: 'line', title: '...' }, got %s",
                      describe(c, options).c_str());
    return false;
  }
  if (!check_keys(c, options, "LLMOS.viz.plot: options",
                  {"type", "title", "xlabel", "ylabel", "width", "height", "legend", "grid", "colors"}))
    return false;
  const auto get = [&](const char* name, Value& out) {
    out = Value(c, JS_GetPropertyStr(c, options, name));
    return !out.is_exception();
  };
  Value v;
  if (!get("type", v)) return false;
  if (!v.is_undefined()) {
    std::string type;
    if (!string_arg(c, v.get(), "LLMOS.viz.plot", "options.type", type)) return false;
    if (type == "line") spec.type = viz::PlotType::kLine;
    else if (type == "bar") spec.type = viz::PlotType::kBar;
    else if (type == "scatter") spec.type = viz::PlotType::kScatter;
    else {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: options.type must be 'line', 'bar' or 'scatter', got '%s'", type.c_str());
      return false;
    }
  }
  for (const auto& [name, field] : {std::pair{"title", &spec.title}, std::pair{"xlabel", &spec.xlabel},
                                    std::pair{"ylabel", &spec.ylabel}}) {
    if (!get(name, v)) return false;
    if (v.is_undefined()) continue;
    const std::string param = std::string("options.") + name;
    if (!string_arg(c, v.get(), "LLMOS.viz.plot", param.c_str(), *field)) return false;
    if (field->size() > kMaxTitleBytes) field->resize(utf8::safe_prefix(*field, kMaxTitleBytes));
  }
  for (const auto& [name, field] : {std::pair{"width", &spec.width}, std::pair{"height", &spec.height}}) {
    if (!get(name, v)) return false;
    if (v.is_undefined()) continue;
    const std::string param = std::string("options.") + name;
    if (!side_arg(c, v.get(), "LLMOS.viz.plot", param.c_str(), viz::kMinPlotSide, *field)) return false;
  }
  if (!get("legend", v)) return false;
  if (!v.is_undefined()) {
    if (!JS_IsBool(v.get())) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: options.legend must be true or false, got %s",
                        describe(c, v.get()).c_str());
      return false;
    }
    spec.legend = JS_ToBool(c, v.get()) > 0;
  }
  if (!get("grid", v)) return false;
  if (!v.is_undefined()) {
    if (!JS_IsBool(v.get())) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: options.grid must be true or false, got %s", describe(c, v.get()).c_str());
      return false;
    }
    spec.grid = JS_ToBool(c, v.get()) > 0;
  }
  return true;
}

// options.colors: one CSS colour per series, for series without their own.
bool apply_colors(JSContext* c, JSValueConst options, viz::PlotSpec& spec) {
  if (!JS_IsObject(options)) return true;
  Value colors(c, JS_GetPropertyStr(c, options, "colors"));
  if (colors.is_exception()) return false;
  if (colors.is_undefined()) return true;
  if (JS_IsArray(c, colors.get()) <= 0) {
    JS_ThrowTypeError(c, "LLMOS.viz.plot: options.colors must be an array of CSS colours, got %s",
                      describe(c, colors.get()).c_str());
    return false;
  }
  int64_t len = 0;
  if (!array_length(c, colors.get(), len)) return false;
  for (int64_t i = 0; i < len && i < static_cast<int64_t>(spec.series.size()); ++i) {
    Value item(c, JS_GetPropertyUint32(c, colors.get(), static_cast<uint32_t>(i)));
    if (item.is_exception()) return false;
    std::string css;
    if (!string_arg(c, item.get(), "LLMOS.viz.plot", "options.colors[i]", css)) return false;
    auto color = viz::parse_color(css);
    if (!color) {
      JS_ThrowTypeError(c, "LLMOS.viz.plot: options.colors[%lld] '%s' is not a CSS colour", static_cast<long long>(i),
                        css.c_str());
      return false;
    }
    auto& s = spec.series[static_cast<std::size_t>(i)];
    if (!s.color) s.color = color;
  }
  return true;
}

JSValue js_plot(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (argc < 1)
    return JS_ThrowTypeError(c, "LLMOS.viz.plot: expected (data, options); %s", kDataShapes);
  VizState& st = viz_state(c);
  if (st.plots.size() >= kMaxPlots)
    return Context::from(c).throw_limit_error(
        JsErrorType::kRangeError,
        "LLMOS.viz.plot: an artifact may make at most " + std::to_string(kMaxPlots) + " plots");
  return guarded(c, [&]() -> JSValue {
    viz::PlotSpec spec;
    const JSValueConst options = arg(argc, argv, 1);
    if (!read_data(c, argv[0], spec.series) || !read_options(c, options, spec) || !apply_colors(c, options, spec))
      return JS_EXCEPTION;
    std::size_t points = 0;
    for (const auto& series : spec.series) points += series.y.size();
    const std::size_t limit = spec.type == viz::PlotType::kScatter ? viz::kMaxScatterPoints
                              : spec.type == viz::PlotType::kBar   ? viz::kMaxBars
                                                                   : viz::kMaxPlotPoints;
    if (points > limit)
      return Context::from(c).throw_limit_error(
          JsErrorType::kRangeError, "LLMOS.viz.plot: " + std::to_string(points) +
                                        " points is over the limit of " + std::to_string(limit) + " for a " +
                                        (spec.type == viz::PlotType::kScatter ? "scatter"
                                         : spec.type == viz::PlotType::kBar   ? "bar"
                                                                              : "line") +
                                        " chart");
    auto svg = viz::render_plot(spec);
    if (!svg) return JS_ThrowOutOfMemory(c);
    auto entry = std::make_unique<PlotEntry>();
    entry->id = "plot-" + std::to_string(st.plots.size() + 1);
    entry->svg = std::move(*svg);
    st.plots.reserve(st.plots.size() + 1);
    st.order.reserve(st.order.size() + 1);
    Value result(c, JS_NewObject(c));
    if (result.is_exception()) return JS_EXCEPTION;
    if (JS_DefinePropertyValueStr(c, result.get(), "id", JS_NewStringLen(c, entry->id.data(), entry->id.size()),
                                  JS_PROP_C_W_E) < 0 ||
        JS_DefinePropertyValueStr(c, result.get(), "mime", JS_NewString(c, "image/svg+xml"), JS_PROP_C_W_E) < 0 ||
        JS_DefinePropertyValueStr(c, result.get(), "width", JS_NewInt32(c, entry->svg.width), JS_PROP_C_W_E) < 0 ||
        JS_DefinePropertyValueStr(c, result.get(), "height", JS_NewInt32(c, entry->svg.height), JS_PROP_C_W_E) < 0)
      return JS_EXCEPTION;
    // The SVG is held until the execution ends: it counts against the memory limit.
    if (!st.reserve(entry->svg.data.size())) return JS_ThrowOutOfMemory(c);
    st.plots.push_back(std::move(entry));
    st.order.emplace_back(true, st.plots.size() - 1);
    return result.release();
  });
}

// ---------------------------------------------------------------------------------------------
// Installation

void define_getset(Context& ctx, JSValueConst obj, const char* name, JSCFunctionMagic* get,
                   JSCFunctionMagic* set, int magic) {
  JSContext* c = ctx.get();
  JSAtom atom = JS_NewAtom(c, name);
  const std::string get_name = std::string("get ") + name, set_name = std::string("set ") + name;
  JSValue getter = JS_NewCFunctionMagic(c, get, get_name.c_str(), 0, JS_CFUNC_generic_magic, magic);
  JSValue setter = set ? JS_NewCFunctionMagic(c, set, set_name.c_str(), 1, JS_CFUNC_generic_magic, magic)
                       : JS_UNDEFINED;
  JS_DefinePropertyGetSet(c, obj, atom, getter, setter, JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  JS_FreeAtom(c, atom);
}

void collect_images(Context& ctx, RunResult& result) {
  VizState& st = kernel_state(ctx).module<VizState>();
  for (const auto& [is_plot, index] : st.order) {
    try {
      if (is_plot) {
        const PlotEntry& p = *st.plots[index];
        result.images.push_back(Image{p.id, "image/svg+xml", p.svg.width, p.svg.height, p.svg.data});
      } else {
        const CanvasEntry& e = *st.canvases[index];
        std::string png = e.canvas->to_png();
        if (png.empty()) continue;
        result.images.push_back(Image{e.id, "image/png", e.canvas->width(), e.canvas->height(), std::move(png)});
      }
    } catch (const std::exception&) {
      // Out of memory for one image: the others and the rest of the result still come back.
    }
  }
}

// The prototypes of canvases, their 2D contexts and gradients (about 60 functions), built when
// the artifact makes its first canvas: only artifacts that draw pay for them, and nothing else
// can reach them (ensure_prototypes; engine::lazy::prototypes says what happens without memory).
void build_prototypes(Context& ctx) {
  JSContext* c = ctx.get();
  Value canvas_proto = ctx.new_object();
  define_getset(ctx, canvas_proto.get(), "width", &canvas_get, &canvas_set, kCanvasWidth);
  define_getset(ctx, canvas_proto.get(), "height", &canvas_get, &canvas_set, kCanvasHeight);
  define_getset(ctx, canvas_proto.get(), "id", &canvas_get, nullptr, kCanvasId);
  ctx.define_function(canvas_proto.get(), "getContext", &js_get_context, 1);
  ctx.define_function(canvas_proto.get(), "toDataURL", &js_to_data_url, 0);
  JS_SetClassProto(c, canvas_class(), canvas_proto.release());

  Value context_proto = ctx.new_object();
  for (int p = 0; p < kPropCount; ++p)
    define_getset(ctx, context_proto.get(), kContextPropNames[p], &context_get,
                  p == kCanvasOf ? nullptr : &context_set, p);
  for (int i = 0; i < static_cast<int>(std::size(kNumeric)); ++i)
    ctx.define_function(context_proto.get(), kNumeric[i].name, &js_numeric, kNumeric[i].argc, i);
  ctx.define_function(context_proto.get(), "setTransform", &js_set_transform, 6);
  ctx.define_function(context_proto.get(), "arc", &js_arc, 5, 0);
  ctx.define_function(context_proto.get(), "ellipse", &js_arc, 7, 1);
  ctx.define_function(context_proto.get(), "fill", &js_paint, 0, 0);
  ctx.define_function(context_proto.get(), "stroke", &js_paint, 0, 1);
  ctx.define_function(context_proto.get(), "clip", &js_paint, 0, 2);
  ctx.define_function(context_proto.get(), "fillText", &js_text, 3, 0);
  ctx.define_function(context_proto.get(), "strokeText", &js_text, 3, 1);
  ctx.define_function(context_proto.get(), "measureText", &js_measure_text, 1);
  ctx.define_function(context_proto.get(), "setLineDash", &js_set_line_dash, 1);
  ctx.define_function(context_proto.get(), "getLineDash", &js_get_line_dash, 0);
  ctx.define_function(context_proto.get(), "createLinearGradient", &js_create_gradient, 4, 0);
  ctx.define_function(context_proto.get(), "createRadialGradient", &js_create_gradient, 6, 1);
  ctx.define_function(context_proto.get(), "roundRect", &js_round_rect, 5);
  ctx.define_function(context_proto.get(), "createImageData", &js_create_image_data, 2);
  ctx.define_function(context_proto.get(), "getImageData", &js_get_image_data, 4);
  ctx.define_function(context_proto.get(), "putImageData", &js_put_image_data, 3);
  for (int i = 0; i < static_cast<int>(std::size(kUnsupportedMethods)); ++i)
    ctx.define_function(context_proto.get(), kUnsupportedMethods[i].name, &js_unsupported, 0, i);
  for (int p = 0; p < kInertCount; ++p)
    define_getset(ctx, context_proto.get(), kInertNames[p], &inert_get, &inert_set, p);
  JS_SetClassProto(c, context_class(), context_proto.release());

  Value gradient_proto = ctx.new_object();
  ctx.define_function(gradient_proto.get(), "addColorStop", &js_add_color_stop, 2);
  JS_SetClassProto(c, gradient_class(), gradient_proto.release());
}

bool ensure_prototypes(Context& ctx) {
  JSContext* c = ctx.get();
  if (!engine::lazy::register_class(c, canvas_class(), "HTMLCanvasElement") ||
      !engine::lazy::register_class(c, context_class(), "CanvasRenderingContext2D") ||
      !engine::lazy::register_class(c, gradient_class(), "CanvasGradient", &gradient_finalizer))
    return false;
  return engine::lazy::prototypes(c, {canvas_class(), context_class(), gradient_class()},
                                  [&] { build_prototypes(ctx); });
}

constexpr JSCFunctionListEntry kVizMethods[] = {
    engine::lazy::method("createCanvas", 2, &js_create_canvas),
    engine::lazy::method("plot", 2, &js_plot),
};
constexpr JSCFunctionListEntry kLlmosEntries[] = {engine::lazy::object("viz", kVizMethods, JS_PROP_C_W_E)};

}  // namespace

void install_viz(Context& ctx, JSValueConst llmos) {
  engine::lazy::define(ctx.get(), llmos, kLlmosEntries);
  ctx.on_finish(&collect_images);
}

#if defined(__SANITIZE_ADDRESS__)
// Fontconfig, which Cairo uses to find the fonts, keeps pattern elements behind pointers stored
// as offsets from the pattern: LeakSanitizer cannot follow them and reports its (bounded, once
// per process) caches as leaked. Only those are silenced, in sanitizer builds only; every
// executable that can draw text links this file.
// Fontconfig is linked statically by default (cmake/SystemDeps.cmake): its frames are then named
// by function (all Fc...), not by library.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\nleak:^Fc\n"; }
#endif

JSValue create_canvas(JSContext* c, int width, int height, const char* fn) {
  int w = 0, h = 0;
  if (!side_arg(c, JS_NewInt32(c, width), fn, "width", 1, w) || !side_arg(c, JS_NewInt32(c, height), fn, "height", 1, h))
    return JS_EXCEPTION;
  return new_canvas(c, w, h, fn);
}

JSValue canvas_get_context(JSContext* c, JSValueConst canvas, JSValueConst type) {
  JSValueConst args[] = {type};
  return js_get_context(c, canvas, 1, const_cast<JSValueConst*>(args));
}

bool canvas_resize(JSContext* c, JSValueConst canvas, int width, int height, const char*) {
  JSValueConst w[] = {JS_NewInt32(c, width)};
  JSValueConst h[] = {JS_NewInt32(c, height)};
  return !JS_IsException(canvas_set(c, canvas, 1, const_cast<JSValueConst*>(w), kCanvasWidth)) &&
         !JS_IsException(canvas_set(c, canvas, 1, const_cast<JSValueConst*>(h), kCanvasHeight));
}

std::optional<std::string> canvas_image_id(JSContext*, JSValueConst value) {
  auto* e = static_cast<CanvasEntry*>(JS_GetOpaque(value, canvas_class()));
  if (!e) return std::nullopt;
  return e->id;
}

}  // namespace llmos::kernel
