#include "kernel/dom/dom_bindings.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "common/utf8.hpp"
#include "engine/function_list.hpp"
#include "kernel/dom/policy.hpp"
#include "kernel/dom/sanitizer.hpp"
#include "kernel/dom/selector.hpp"
#include "kernel/dom/tree.hpp"
#include "kernel/kernel_state.hpp"
#include "kernel/viz/viz_bindings.hpp"

namespace llmos::kernel {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Ns;
using dom::Tree;
using dom::TreeError;
using engine::Context;
using engine::CString;
using engine::JsErrorType;
using engine::Value;

// The tree and the JavaScript objects that stand for its elements. The objects are not owned
// here (`wrappers` is a weak map, kept right by their finalizers) and each object holds the
// tree through its Handle, so the tree outlives every object that can reach it, even those
// the engine frees after the context's state is gone.
struct DomShared {
  explicit DomShared(std::string_view artifact_id) : tree(artifact_id) {}
  Tree tree;
  std::unordered_map<NodeId, JSValue> wrappers;
};

struct Handle {
  std::shared_ptr<DomShared> shared;
  NodeId id;
};

struct DomState {
  std::shared_ptr<DomShared> shared;
  bool touched = false;     // the artifact changed its DOM: the result gets `dom`
  bool prototypes = false;  // the classes' prototypes are set on this context
  std::size_t reserved = 0;  // external memory charged to the runtime for the tree
  // Where appendChild put each LLMOS.viz canvas (by image id): an <img> filled in at the end.
  std::unordered_map<std::string, NodeId> canvas_places;
  // The drawing canvas of each <canvas> element whose getContext was called (the object is held
  // by LLMOS.viz, which puts its picture in `images`); finish_dom turns the element into its <img>.
  std::unordered_map<NodeId, JSValue> element_canvases;
};

constexpr std::string_view kCanvasAttribute = "data-llmos-canvas";
constexpr std::size_t kMaxInlineCanvasBytes = std::size_t{4} << 20;


JSClassID element_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}

JSClassID style_class() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}

// No C++ exception may unwind through QuickJS.
template <typename F>
auto guarded(JSContext* c, F&& body) noexcept -> decltype(body()) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    JS_ThrowOutOfMemory(c);
  } catch (const std::exception& e) {
    JS_ThrowInternalError(c, "LLMOS.dom: %s", e.what());
  }
  if constexpr (std::is_same_v<decltype(body()), JSValue>) return JS_EXCEPTION;
  else return -1;
}

void element_finalizer(JSRuntime*, JSValue v) {
  auto* h = static_cast<Handle*>(JS_GetOpaque(v, element_class()));
  if (h == nullptr) return;
  try {
    h->shared->wrappers.erase(h->id);
    h->shared->tree.release(h->id);
  } catch (...) {
    // Freeing a detached subtree allocates only to remember free slots; out of memory here
    // leaves the slots unused, which is harmless.
  }
  delete h;
}

void style_finalizer(JSRuntime*, JSValue v) {
  auto* h = static_cast<Handle*>(JS_GetOpaque(v, style_class()));
  if (h == nullptr) return;
  try {
    h->shared->tree.release(h->id);
  } catch (...) {
  }
  delete h;
}

// ---- errors and conversions ----

JSValue type_error(JSContext* c, const std::string& msg) { return JS_ThrowTypeError(c, "%s", msg.c_str()); }

JSValue limit_error(JSContext* c, const std::string& msg) {
  return Context::from(c).throw_limit_error(JsErrorType::kRangeError, msg);
}

JSValue tree_error(JSContext* c, const char* fn, TreeError e, const dom::Node* parent = nullptr) {
  const std::string p = std::string(fn) + ": ";
  switch (e) {
    case TreeError::kNone: break;
    case TreeError::kNotElement: return type_error(c, p + "a text node cannot have children");
    case TreeError::kIsContainer: return type_error(c, p + "the artifact's container cannot be moved or removed");
    case TreeError::kCycle: return type_error(c, p + "an element cannot be put inside itself or one of its descendants");
    case TreeError::kVoidParent:
      return type_error(c, p + "<" + (parent ? parent->name : std::string("this element")) + "> cannot have children");
    case TreeError::kNamespace:
      return type_error(c, p + "HTML elements cannot go inside SVG, and SVG shapes only inside <svg> (use setInnerHTML on the <svg> to draw shapes)");
    case TreeError::kTooDeep:
      return limit_error(c, p + "the DOM would be more than " + std::to_string(Tree::kMaxDepth) + " levels deep");
    case TreeError::kTooMany:
      return limit_error(c, p + "the DOM would have more than " + std::to_string(Tree::kMaxNodes) + " nodes");
  }
  return JS_EXCEPTION;
}

// A JavaScript value as UTF-8 (ToString semantics; lone surrogates become U+FFFD).
std::optional<std::string> to_utf8(JSContext* c, JSValueConst v) {
  CString s(c, v);
  if (!s.ok()) return std::nullopt;
  if (utf8::is_valid(s.view())) return std::string(s.view());
  return utf8::sanitize(s.view());
}

// A string argument (no conversion: a number or an object is a TypeError).
std::optional<std::string> string_arg(JSContext* c, int argc, JSValueConst* argv, int i, const char* fn, const char* what) {
  const JSValueConst v = i < argc ? argv[i] : JS_UNDEFINED;
  if (!JS_IsString(v)) {
    type_error(c, std::string(fn) + ": " + what + " must be a string");
    return std::nullopt;
  }
  return to_utf8(c, v);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return out;
}

// ---- state ----

JSValue js_element_get(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
JSValue js_element_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
JSValue js_element_method(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
JSValue js_style_get(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
JSValue js_style_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
JSValue js_style_method(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic);
int style_get_own_property(JSContext* c, JSPropertyDescriptor* desc, JSValueConst obj, JSAtom prop);
int style_get_own_property_names(JSContext* c, JSPropertyEnum** tab, uint32_t* len, JSValueConst obj);
int style_delete_property(JSContext* c, JSValueConst obj, JSAtom prop);
int style_define_own_property(JSContext* c, JSValueConst obj, JSAtom prop, JSValueConst val,
                              JSValueConst getter, JSValueConst setter, int flags);

enum ElementProp : int {
  kTagName, kId, kClassName, kTextContent, kInnerText, kInnerHTML, kOuterHTML, kStyle,
  kParentElement, kChildren, kWidth, kHeight, kElementPropCount
};
constexpr const char* kElementPropNames[kElementPropCount] = {
    "tagName", "id", "className", "textContent", "innerText", "innerHTML", "outerHTML",
    "style", "parentElement", "children", "width", "height"};
constexpr bool kElementPropWritable[kElementPropCount] = {false, true, true, true, true, true, false, true, false, false,
                                                          true, true};

enum ElementMethod : int {
  kAppendChild, kRemove, kSetAttribute, kGetAttribute, kRemoveAttribute, kHasAttribute,
  kQuerySelector, kQuerySelectorAll, kGetContext, kElementMethodCount
};
constexpr struct {
  const char* name;
  int length;
} kElementMethods[kElementMethodCount] = {
    {"appendChild", 1}, {"remove", 0}, {"setAttribute", 2}, {"getAttribute", 1},
    {"removeAttribute", 1}, {"hasAttribute", 1}, {"querySelector", 1}, {"querySelectorAll", 1},
    {"getContext", 1}};

enum StyleMember : int { kSetProperty, kGetPropertyValue, kRemoveProperty, kCssText };

void define_accessor(JSContext* c, JSValueConst obj, const char* name, JSCFunctionMagic* get,
                     JSCFunctionMagic* set, int magic) {
  JSAtom atom = JS_NewAtom(c, name);
  JSValue getter = JS_NewCFunctionMagic(c, get, name, 0, JS_CFUNC_generic_magic, magic);
  JSValue setter = set ? JS_NewCFunctionMagic(c, set, name, 1, JS_CFUNC_generic_magic, magic) : JS_UNDEFINED;
  JS_DefinePropertyGetSet(c, obj, atom, getter, setter, JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
  JS_FreeAtom(c, atom);
}

bool set_up_classes(JSContext* c) {
  JSRuntime* rt = JS_GetRuntime(c);
  if (!JS_IsRegisteredClass(rt, element_class())) {
    JSClassDef def{};
    def.class_name = "Element";
    def.finalizer = &element_finalizer;
    if (JS_NewClass(rt, element_class(), &def) < 0) return false;
  }
  if (!JS_IsRegisteredClass(rt, style_class())) {
    static JSClassExoticMethods exotic = [] {
      JSClassExoticMethods m{};
      m.get_own_property = &style_get_own_property;
      m.get_own_property_names = &style_get_own_property_names;
      m.delete_property = &style_delete_property;
      m.define_own_property = &style_define_own_property;
      return m;
    }();
    JSClassDef def{};
    def.class_name = "CSSStyleDeclaration";
    def.finalizer = &style_finalizer;
    def.exotic = &exotic;
    if (JS_NewClass(rt, style_class(), &def) < 0) return false;
  }
  const Context& ctx = Context::from(c);
  Value proto = ctx.new_object();
  if (proto.is_exception()) return false;
  for (int i = 0; i < kElementPropCount; ++i)
    define_accessor(c, proto.get(), kElementPropNames[i], &js_element_get,
                    kElementPropWritable[i] ? &js_element_set : nullptr, i);
  for (int i = 0; i < kElementMethodCount; ++i)
    ctx.define_function(proto.get(), kElementMethods[i].name, &js_element_method, kElementMethods[i].length, i);
  JS_SetClassProto(c, element_class(), proto.release());

  Value style_proto = ctx.new_object();
  if (style_proto.is_exception()) return false;
  ctx.define_function(style_proto.get(), "setProperty", &js_style_method, 2, kSetProperty);
  ctx.define_function(style_proto.get(), "getPropertyValue", &js_style_method, 1, kGetPropertyValue);
  ctx.define_function(style_proto.get(), "removeProperty", &js_style_method, 1, kRemoveProperty);
  define_accessor(c, style_proto.get(), "cssText", &js_style_get, &js_style_set, kCssText);
  JS_SetClassProto(c, style_class(), style_proto.release());
  return !JS_HasException(c);
}

// The DOM state of the context, created with the first call. nullptr with an exception pending
// when that fails.
DomState* dom_state(JSContext* c) {
  KernelState& ks = kernel_state(c);
  auto& st = ks.module<DomState>();
  if (!st.shared) st.shared = std::make_shared<DomShared>(ks.config.artifact_id);
  if (!st.prototypes) {
    if (!set_up_classes(c)) {
      if (!JS_HasException(c)) JS_ThrowOutOfMemory(c);
      return nullptr;
    }
    st.prototypes = true;
  }
  return &st;
}

// Charges the tree's memory (plus `extra` about to be added) to the artifact's memory limit.
// Reservations are made with some slack so that a loop of small changes does not measure the
// heap at every step.
bool charge(JSContext* c, DomState& st, std::size_t extra = 0) {
  engine::Runtime& rt = Context::from(c).runtime();
  const std::size_t want = st.shared->tree.bytes() + extra;
  if (want > st.reserved) {
    const std::size_t slack = std::max<std::size_t>(64 * 1024, want / 4);
    if (!rt.reserve_external(want + slack - st.reserved)) {
      if (!rt.reserve_external(want - st.reserved)) {
        JS_ThrowOutOfMemory(c);
        return false;
      }
      st.reserved = want;
      return true;
    }
    st.reserved = want + slack;
  } else if (st.reserved - want > std::max<std::size_t>(1 << 20, want)) {
    rt.release_external(st.reserved - want);
    st.reserved = want;
  }
  return true;
}

// The element object of node `id` (the same object every time while one is alive).
JSValue wrap(JSContext* c, DomState& st, NodeId id) {
  auto& wrappers = st.shared->wrappers;
  if (auto it = wrappers.find(id); it != wrappers.end()) return JS_DupValue(c, it->second);
  Value obj(c, JS_NewObjectClass(c, static_cast<int>(element_class())));
  if (obj.is_exception()) return JS_EXCEPTION;
  auto handle = std::make_unique<Handle>(Handle{st.shared, id});
  wrappers.emplace(id, obj.get());
  st.shared->tree.retain(id);
  JS_SetOpaque(obj.get(), handle.release());
  return obj.release();
}

JSValue wrap_or_null(JSContext* c, DomState& st, NodeId id) {
  return id == dom::kNoNode ? JS_NULL : wrap(c, st, id);
}

// The node behind an element object, or nullptr with a TypeError pending.
Handle* element_of(JSContext* c, JSValueConst v, const char* fn) {
  auto* h = static_cast<Handle*>(JS_GetOpaque(v, element_class()));
  if (h == nullptr) type_error(c, std::string(fn) + ": not an element made by LLMOS.dom");
  return h;
}

// ---- operations shared by the element API and LLMOS.dom ----

bool set_attribute(JSContext* c, DomState& st, NodeId id, std::string_view name, std::string_view value, const char* fn) {
  Tree& t = st.shared->tree;
  const dom::Node& n = t.node(id);
  std::string why;
  auto checked = dom::check_attribute(n.ns, n.name, n.ns == Ns::kHtml ? ascii_lower(name) : std::string(name), value, &why);
  if (!checked) {
    type_error(c, std::string(fn) + ": attribute '" + std::string(name) + "' is not allowed: " + why);
    return false;
  }
  if (id == t.root() && checked->name == "id") {
    type_error(c, std::string(fn) + ": the id of the artifact's container cannot be changed");
    return false;
  }
  if (n.ns == Ns::kSvg && (checked->name == "xmlns" || checked->name == "xmlns:xlink")) return true;
  if (!charge(c, st, checked->name.size() + checked->value.size())) return false;
  if (checked->name == "style" && checked->value.empty()) t.remove_attribute(id, "style");
  else t.set_attribute(id, checked->name, checked->value);
  st.touched = true;
  return charge(c, st);
}

bool set_text(JSContext* c, DomState& st, NodeId id, std::string_view text) {
  if (!charge(c, st, text.size() + sizeof(dom::Node))) return false;
  st.shared->tree.set_text_content(id, text);
  st.touched = true;
  return charge(c, st);
}

bool set_inner_html(JSContext* c, DomState& st, NodeId id, std::string_view html, const char* fn) {
  Tree& t = st.shared->tree;
  const dom::Node& n = t.node(id);
  if (n.ns == Ns::kHtml && (n.name == "br" || n.name == "col" || n.name == "hr" || n.name == "img" || n.name == "wbr")) {
    type_error(c, std::string(fn) + ": <" + n.name + "> cannot have children");
    return false;
  }
  engine::Runtime& rt = Context::from(c).runtime();
  dom::ParseBudget budget;
  if (rt.memory_limit() != 0) {
    const std::size_t used = rt.memory_used();
    budget.max_bytes = rt.memory_limit() > used ? rt.memory_limit() - used : 0;
  }
  engine::Deadline& deadline = rt.deadline();
  budget.should_stop = [&deadline] { return deadline.check(); };
  const dom::ParseStatus status = dom::set_inner_html(t, id, html, budget);
  st.touched = true;
  if (status == dom::ParseStatus::kStopped) {
    // The time limit: the same uncatchable interrupt the engine raises.
    JS_ThrowInternalError(c, "interrupted");
    Value e(c, JS_GetException(c));
    JS_SetUncatchableError(c, e.get(), true);
    JS_Throw(c, e.release());
    return false;
  }
  if (status == dom::ParseStatus::kOutOfMemory) {
    charge(c, st);
    JS_ThrowOutOfMemory(c);
    return false;
  }
  return charge(c, st);
}

// The style declarations of an element, as parsed from its style attribute.
std::vector<dom::StyleDecl> style_of(const Tree& t, NodeId id) {
  const std::string* s = t.attribute(id, "style");
  return s ? dom::parse_style(*s) : std::vector<dom::StyleDecl>{};
}

bool write_style(JSContext* c, DomState& st, NodeId id, const std::vector<dom::StyleDecl>& decls) {
  const std::string css = dom::serialize_style(decls);
  if (!charge(c, st, css.size())) return false;
  if (css.empty()) st.shared->tree.remove_attribute(id, "style");
  else st.shared->tree.set_attribute(id, "style", css);
  st.touched = true;
  return charge(c, st);
}

// Sets (or, for an empty value, removes) one CSS property; a property or value the policy
// refuses is ignored, as browsers ignore invalid CSS.
bool set_style_property(JSContext* c, DomState& st, NodeId id, std::string_view property, std::string_view value,
                        bool important = false) {
  const std::string p = dom::css_property_name(property);
  if (!dom::is_allowed_css_property(p)) return true;
  auto decls = style_of(st.shared->tree, id);
  auto it = std::find_if(decls.begin(), decls.end(), [&](const dom::StyleDecl& d) { return d.property == p; });
  if (value.empty()) {
    if (it == decls.end()) return true;
    decls.erase(it);
    return write_style(c, st, id, decls);
  }
  auto checked = dom::check_style(p, value, important);
  if (!checked) return true;
  if (it != decls.end()) *it = std::move(*checked);
  else decls.push_back(std::move(*checked));
  return write_style(c, st, id, decls);
}

// `style = "color: red"` or `style = { color: 'red', fontSize: '12px' }`.
bool assign_style(JSContext* c, DomState& st, NodeId id, JSValueConst v, const char* fn) {
  if (JS_IsString(v)) {
    auto css = to_utf8(c, v);
    if (!css) return false;
    return write_style(c, st, id, dom::parse_style(*css));
  }
  if (JS_IsNull(v) || JS_IsUndefined(v)) return write_style(c, st, id, {});
  if (!JS_IsObject(v) || JS_IsFunction(c, v)) {
    type_error(c, std::string(fn) + ": style must be a string or an object of CSS properties");
    return false;
  }
  JSPropertyEnum* tab = nullptr;
  uint32_t len = 0;
  if (JS_GetOwnPropertyNames(c, &tab, &len, v, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) return false;
  struct Atoms {
    JSContext* c;
    JSPropertyEnum* tab;
    uint32_t len;
    ~Atoms() {
      for (uint32_t i = 0; i < len; ++i) JS_FreeAtom(c, tab[i].atom);
      js_free(c, tab);
    }
  } atoms{c, tab, len};
  if (!write_style(c, st, id, {})) return false;
  for (uint32_t i = 0; i < len; ++i) {
    CString name(c, Value(c, JS_AtomToString(c, tab[i].atom)).get());
    if (!name.ok()) return false;
    Value value(c, JS_GetProperty(c, v, tab[i].atom));
    if (value.is_exception()) return false;
    if (JS_IsNull(value.get()) || JS_IsUndefined(value.get())) continue;
    auto s = to_utf8(c, value.get());
    if (!s) return false;
    if (!set_style_property(c, st, id, name.view(), *s)) return false;
  }
  return true;
}

bool append(JSContext* c, DomState& st, NodeId parent, NodeId child, const char* fn) {
  Tree& t = st.shared->tree;
  if (const TreeError e = t.can_append(parent, child); e != TreeError::kNone) {
    tree_error(c, fn, e, &t.node(parent));
    return false;
  }
  if (!charge(c, st, sizeof(NodeId) * 4)) return false;
  t.append_child(parent, child);
  st.touched = true;
  return charge(c, st);
}

// A canvas of LLMOS.viz goes into the tree as an <img> that finish_dom fills with its picture;
// appending the same canvas again moves it, as for an element.
bool place_canvas(JSContext* c, DomState& st, NodeId parent, const std::string& canvas, const char* fn) {
  Tree& t = st.shared->tree;
  NodeId node = kNoNode;
  if (auto it = st.canvas_places.find(canvas); it != st.canvas_places.end() && t.is_element(it->second)) {
    const std::string* mark = t.attribute(it->second, kCanvasAttribute);
    if (mark && *mark == canvas) node = it->second;
  }
  if (node == kNoNode) {
    node = t.create_element(Ns::kHtml, "img");
    if (node == kNoNode) {
      tree_error(c, fn, TreeError::kTooMany, nullptr);
      return false;
    }
    t.set_attribute(node, kCanvasAttribute, canvas);
    t.retain(node);  // the place outlives a detach, as an element held by a variable does
    st.canvas_places[canvas] = node;
  }
  return append(c, st, parent, node, fn);
}

// A selector string, resolved in the container (which it may match itself).
std::optional<NodeId> select_in_container(JSContext* c, DomState& st, std::string_view selector, const char* fn) {
  auto sel = dom::Selector::parse(selector);
  if (!sel) {
    type_error(c, std::string(fn) + ": '" + std::string(selector) + "' is not a valid selector");
    return std::nullopt;
  }
  return sel->first(st.shared->tree, st.shared->tree.root(), true);
}

JSValue query(JSContext* c, DomState& st, NodeId scope, bool include_scope, int argc, JSValueConst* argv, bool all,
              const char* fn) {
  auto text = string_arg(c, argc, argv, 0, fn, "the selector");
  if (!text) return JS_EXCEPTION;
  auto sel = dom::Selector::parse(*text);
  if (!sel) return type_error(c, std::string(fn) + ": '" + *text + "' is not a valid selector");
  const Tree& t = st.shared->tree;
  if (!all) return wrap_or_null(c, st, sel->first(t, scope, include_scope));
  const std::vector<NodeId> found = sel->all(t, scope, include_scope);
  Value array(c, JS_NewArray(c));
  if (array.is_exception()) return JS_EXCEPTION;
  for (uint32_t i = 0; i < found.size(); ++i) {
    JSValue el = wrap(c, st, found[i]);
    if (JS_IsException(el) || JS_SetPropertyUint32(c, array.get(), i, el) < 0) return JS_EXCEPTION;
  }
  return array.release();
}

// ---- <canvas> elements ----

bool is_canvas_element(const Tree& t, NodeId id) {
  const dom::Node& n = t.node(id);
  return n.ns == Ns::kHtml && n.name == "canvas";
}

// A <canvas> element's width or height attribute, read as browsers do (a non-negative integer,
// else the default 300 by 150).
int canvas_side(const Tree& t, NodeId id, bool width) {
  const int fallback = width ? 300 : 150;
  const std::string* v = t.attribute(id, width ? "width" : "height");
  if (!v) return fallback;
  std::size_t i = 0;
  while (i < v->size() && std::strchr(" \t\n\f\r", (*v)[i]) != nullptr) ++i;
  if (i < v->size() && (*v)[i] == '+') ++i;
  long long n = 0;
  std::size_t digits = 0;
  for (; i < v->size() && (*v)[i] >= '0' && (*v)[i] <= '9'; ++i, ++digits) n = std::min(n * 10 + ((*v)[i] - '0'), 1LL << 31);
  return digits == 0 ? fallback : static_cast<int>(std::min<long long>(n, INT32_MAX));
}

// getContext(type) of a <canvas> element: the first call for '2d' makes its drawing canvas, of
// the element's size then.
JSValue canvas_element_context(JSContext* c, DomState& st, NodeId id, JSValueConst type, const std::string& fn) {
  Tree& t = st.shared->tree;
  if (!is_canvas_element(t, id)) return type_error(c, fn + ": only a <canvas> element has a drawing context");
  if (!JS_IsString(type)) return type_error(c, fn + ": contextType must be a string");
  {
    CString s(c, type);
    if (!s.ok()) return JS_EXCEPTION;
    if (s.view() != "2d") return JS_NULL;  // as browsers answer for a context type they do not offer
  }
  JSValue canvas;
  if (auto it = st.element_canvases.find(id); it != st.element_canvases.end()) {
    canvas = it->second;
  } else {
    Value made(c, create_canvas(c, canvas_side(t, id, true), canvas_side(t, id, false), fn.c_str()));
    if (made.is_exception()) return JS_EXCEPTION;
    const auto image = canvas_image_id(c, made.get());
    if (!image) return JS_ThrowInternalError(c, "%s: the canvas has no image id", fn.c_str());
    st.element_canvases.emplace(id, made.get());  // LLMOS.viz holds the object for the run
    st.canvas_places[*image] = id;
    t.retain(id);  // the picture's place outlives a detach, as an element held by a variable does
    st.touched = true;
    canvas = made.get();
  }
  return canvas_get_context(c, canvas, type);
}

// element.width / element.height: a <canvas> element's size (setting it resizes and clears its
// drawing canvas, as in browsers); on other elements an ordinary property, as there.
JSValue canvas_side_get(JSContext* c, const Tree& t, NodeId id, bool width) {
  if (!is_canvas_element(t, id)) return JS_UNDEFINED;
  return JS_NewInt32(c, canvas_side(t, id, width));
}

JSValue canvas_side_set(JSContext* c, DomState& st, JSValueConst this_val, NodeId id, bool width, JSValueConst v,
                        const std::string& fn) {
  Tree& t = st.shared->tree;
  if (!is_canvas_element(t, id)) {
    if (JS_DefinePropertyValueStr(c, this_val, width ? "width" : "height", JS_DupValue(c, v), JS_PROP_C_W_E) < 0)
      return JS_EXCEPTION;
    return JS_UNDEFINED;
  }
  double d = 0;
  if (JS_ToFloat64(c, &d, v) < 0) return JS_EXCEPTION;
  if (!std::isfinite(d) || d < 0 || d > 2147483647.0)
    return JS_ThrowRangeError(c, "%s: must be a whole number of pixels, got %g", fn.c_str(), d);
  const int side = static_cast<int>(std::trunc(d));
  if (auto it = st.element_canvases.find(id); it != st.element_canvases.end()) {
    const int w = width ? side : canvas_side(t, id, true);
    const int h = width ? canvas_side(t, id, false) : side;
    if (!canvas_resize(c, it->second, w, h, fn.c_str())) return JS_EXCEPTION;
  }
  if (!set_attribute(c, st, id, width ? "width" : "height", std::to_string(side), fn.c_str())) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

// ---- element objects ----

JSValue js_element_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int magic) {
  return guarded(c, [&]() -> JSValue {
    Handle* h = element_of(c, this_val, kElementPropNames[magic]);
    if (!h) return JS_EXCEPTION;
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    const Tree& t = h->shared->tree;
    const dom::Node& n = t.node(h->id);
    const auto str = [&](const std::string& s) { return JS_NewStringLen(c, s.data(), s.size()); };
    switch (magic) {
      case kTagName: return str(n.ns == Ns::kHtml ? ascii_upper(n.name) : n.name);
      case kId:
      case kClassName: {
        const std::string* v = t.attribute(h->id, magic == kId ? "id" : "class");
        return str(v ? *v : std::string());
      }
      case kTextContent:
      case kInnerText: return str(t.text_content(h->id));
      case kInnerHTML: return str(t.serialize(h->id, false));
      case kOuterHTML: return str(t.serialize(h->id, true));
      case kStyle: {
        Value obj(c, JS_NewObjectClass(c, static_cast<int>(style_class())));
        if (obj.is_exception()) return JS_EXCEPTION;
        auto handle = std::make_unique<Handle>(Handle{h->shared, h->id});
        h->shared->tree.retain(h->id);
        JS_SetOpaque(obj.get(), handle.release());
        return obj.release();
      }
      case kParentElement: return wrap_or_null(c, *st, n.parent);
      case kWidth:
      case kHeight: return canvas_side_get(c, t, h->id, magic == kWidth);
      case kChildren: {
        Value array(c, JS_NewArray(c));
        if (array.is_exception()) return JS_EXCEPTION;
        uint32_t i = 0;
        for (NodeId child : std::vector<NodeId>(n.children)) {
          if (t.node(child).is_text) continue;
          JSValue el = wrap(c, *st, child);
          if (JS_IsException(el) || JS_SetPropertyUint32(c, array.get(), i++, el) < 0) return JS_EXCEPTION;
        }
        return array.release();
      }
      default: return JS_UNDEFINED;
    }
  });
}

JSValue js_element_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  return guarded(c, [&]() -> JSValue {
    const std::string fn = std::string("element.") + kElementPropNames[magic];
    Handle* h = element_of(c, this_val, fn.c_str());
    if (!h) return JS_EXCEPTION;
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
    if (magic == kStyle) return assign_style(c, *st, h->id, v, fn.c_str()) ? JS_UNDEFINED : JS_EXCEPTION;
    if (magic == kWidth || magic == kHeight) return canvas_side_set(c, *st, this_val, h->id, magic == kWidth, v, fn);
    // As in browsers, null sets the empty string.
    std::optional<std::string> s = JS_IsNull(v) ? std::optional<std::string>("") : to_utf8(c, v);
    if (!s) return JS_EXCEPTION;
    bool ok = false;
    switch (magic) {
      case kId: ok = set_attribute(c, *st, h->id, "id", *s, fn.c_str()); break;
      case kClassName: ok = set_attribute(c, *st, h->id, "class", *s, fn.c_str()); break;
      case kTextContent:
      case kInnerText: ok = set_text(c, *st, h->id, *s); break;
      case kInnerHTML: ok = set_inner_html(c, *st, h->id, *s, fn.c_str()); break;
      default: ok = true;
    }
    return ok ? JS_UNDEFINED : JS_EXCEPTION;
  });
}

JSValue js_element_method(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  return guarded(c, [&]() -> JSValue {
    const std::string fn = std::string("element.") + kElementMethods[magic].name;
    Handle* h = element_of(c, this_val, fn.c_str());
    if (!h) return JS_EXCEPTION;
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    Tree& t = st->shared->tree;
    const NodeId id = h->id;
    switch (magic) {
      case kAppendChild: {
        const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
        Handle* child = static_cast<Handle*>(JS_GetOpaque(v, element_class()));
        if (!child) {
          if (auto canvas = canvas_image_id(c, v)) {
            if (!place_canvas(c, *st, id, *canvas, fn.c_str())) return JS_EXCEPTION;
            return JS_DupValue(c, v);
          }
          return type_error(c, fn + ": the argument must be an element made by LLMOS.dom.createElement "
                                    "or a canvas made by LLMOS.viz.createCanvas");
        }
        if (!append(c, *st, id, child->id, fn.c_str())) return JS_EXCEPTION;
        return JS_DupValue(c, v);
      }
      case kRemove: {
        if (id == t.root()) return type_error(c, fn + ": the artifact's container cannot be removed");
        t.detach(id);
        st->touched = true;
        return JS_UNDEFINED;
      }
      case kSetAttribute: {
        auto name = string_arg(c, argc, argv, 0, fn.c_str(), "the attribute name");
        if (!name) return JS_EXCEPTION;
        auto value = to_utf8(c, argc > 1 ? argv[1] : JS_UNDEFINED);
        if (!value) return JS_EXCEPTION;
        return set_attribute(c, *st, id, *name, *value, fn.c_str()) ? JS_UNDEFINED : JS_EXCEPTION;
      }
      case kGetAttribute:
      case kHasAttribute:
      case kRemoveAttribute: {
        auto name = string_arg(c, argc, argv, 0, fn.c_str(), "the attribute name");
        if (!name) return JS_EXCEPTION;
        const std::string lname = ascii_lower(*name);
        const std::string* found_name = nullptr;
        const std::string* value = nullptr;
        for (const dom::Attr& a : t.node(id).attrs)
          if (ascii_lower(a.name) == lname) {
            found_name = &a.name;
            value = &a.value;
          }
        if (magic == kGetAttribute) return value ? JS_NewStringLen(c, value->data(), value->size()) : JS_NULL;
        if (magic == kHasAttribute) return JS_NewBool(c, value != nullptr);
        if (!found_name) return JS_UNDEFINED;
        if (id == t.root() && *found_name == "id")
          return type_error(c, fn + ": the id of the artifact's container cannot be removed");
        t.remove_attribute(id, std::string(*found_name));
        st->touched = true;
        return JS_UNDEFINED;
      }
      case kQuerySelector:
      case kQuerySelectorAll: return query(c, *st, id, false, argc, argv, magic == kQuerySelectorAll, fn.c_str());
      case kGetContext: return canvas_element_context(c, *st, id, argc > 0 ? argv[0] : JS_UNDEFINED, fn);
      default: return JS_UNDEFINED;
    }
  });
}

// ---- style objects ----

Handle* style_handle(JSValueConst obj) { return static_cast<Handle*>(JS_GetOpaque(obj, style_class())); }

// The CSS property an atom names (`fontSize`, `font-size`), or nullopt for anything else.
std::optional<std::string> css_property_of(JSContext* c, JSAtom prop) {
  Value v(c, JS_AtomToValue(c, prop));
  if (!JS_IsString(v.get())) return std::nullopt;
  CString s(c, v.get());
  if (!s.ok()) return std::nullopt;
  std::string p = dom::css_property_name(s.view());
  if (!dom::is_allowed_css_property(p)) return std::nullopt;
  return p;
}

std::string camel_case(std::string_view property) {
  if (property == "float") return "cssFloat";
  std::string out;
  bool up = false;
  for (char ch : property) {
    if (ch == '-') {
      up = true;
    } else {
      out += up && ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
      up = false;
    }
  }
  return out;
}

std::string style_value(const Tree& t, NodeId id, std::string_view property) {
  for (const auto& d : style_of(t, id))
    if (d.property == property) return d.important ? d.value + " !important" : d.value;
  return {};
}

int style_get_own_property(JSContext* c, JSPropertyDescriptor* desc, JSValueConst obj, JSAtom prop) {
  return guarded(c, [&]() -> int {
    Handle* h = style_handle(obj);
    if (!h) return 0;
    auto p = css_property_of(c, prop);
    if (!p) {
      if (JS_HasException(c)) return -1;
      return 0;
    }
    if (desc) {
      std::string v = style_value(h->shared->tree, h->id, *p);
      const auto d = v.rfind(" !important");
      if (d != std::string::npos && d + 11 == v.size()) v.resize(d);
      desc->flags = JS_PROP_ENUMERABLE | JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE;
      desc->value = JS_NewStringLen(c, v.data(), v.size());
      desc->getter = JS_UNDEFINED;
      desc->setter = JS_UNDEFINED;
      if (JS_IsException(desc->value)) return -1;
    }
    return 1;
  });
}

int style_get_own_property_names(JSContext* c, JSPropertyEnum** ptab, uint32_t* plen, JSValueConst obj) {
  return guarded(c, [&]() -> int {
    *ptab = nullptr;
    *plen = 0;
    Handle* h = style_handle(obj);
    if (!h) return 0;
    const auto decls = style_of(h->shared->tree, h->id);
    if (decls.empty()) return 0;
    auto* tab = static_cast<JSPropertyEnum*>(js_mallocz(c, sizeof(JSPropertyEnum) * decls.size()));
    if (!tab) return -1;
    for (std::size_t i = 0; i < decls.size(); ++i) {
      tab[i].is_enumerable = 1;
      tab[i].atom = JS_NewAtom(c, camel_case(decls[i].property).c_str());
    }
    *ptab = tab;
    *plen = static_cast<uint32_t>(decls.size());
    return 0;
  });
}

int style_delete_property(JSContext* c, JSValueConst obj, JSAtom prop) {
  return guarded(c, [&]() -> int {
    Handle* h = style_handle(obj);
    DomState* st = dom_state(c);
    if (!h || !st) return st ? 1 : -1;
    auto p = css_property_of(c, prop);
    if (!p) return JS_HasException(c) ? -1 : 1;
    return set_style_property(c, *st, h->id, *p, "") ? 1 : -1;
  });
}

int style_define_own_property(JSContext* c, JSValueConst obj, JSAtom prop, JSValueConst val, JSValueConst,
                              JSValueConst, int flags) {
  return guarded(c, [&]() -> int {
    Handle* h = style_handle(obj);
    DomState* st = dom_state(c);
    if (!h || !st) return st ? 1 : -1;
    auto p = css_property_of(c, prop);
    // Anything that is not an allowed CSS property is ignored, as browsers ignore invalid CSS.
    if (!p) return JS_HasException(c) ? -1 : 1;
    if (!(flags & JS_PROP_HAS_VALUE)) return 1;
    std::optional<std::string> s = JS_IsNull(val) || JS_IsUndefined(val) ? std::optional<std::string>("") : to_utf8(c, val);
    if (!s) return -1;
    return set_style_property(c, *st, h->id, *p, *s) ? 1 : -1;
  });
}

JSValue js_style_get(JSContext* c, JSValueConst this_val, int, JSValueConst*, int) {
  return guarded(c, [&]() -> JSValue {
    Handle* h = style_handle(this_val);
    if (!h) return type_error(c, "style.cssText: not a style object of LLMOS.dom");
    const std::string* s = h->shared->tree.attribute(h->id, "style");
    return s ? JS_NewStringLen(c, s->data(), s->size()) : JS_NewString(c, "");
  });
}

JSValue js_style_set(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int) {
  return guarded(c, [&]() -> JSValue {
    Handle* h = style_handle(this_val);
    if (!h) return type_error(c, "style.cssText: not a style object of LLMOS.dom");
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
    auto css = JS_IsNull(v) ? std::optional<std::string>("") : to_utf8(c, v);
    if (!css) return JS_EXCEPTION;
    return write_style(c, *st, h->id, dom::parse_style(*css)) ? JS_UNDEFINED : JS_EXCEPTION;
  });
}

JSValue js_style_method(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  return guarded(c, [&]() -> JSValue {
    const char* fn = magic == kSetProperty ? "style.setProperty"
                     : magic == kGetPropertyValue ? "style.getPropertyValue"
                                                  : "style.removeProperty";
    Handle* h = style_handle(this_val);
    if (!h) return type_error(c, std::string(fn) + ": not a style object of LLMOS.dom");
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    auto name = to_utf8(c, argc > 0 ? argv[0] : JS_UNDEFINED);
    if (!name) return JS_EXCEPTION;
    const std::string p = ascii_lower(*name);  // setProperty takes CSS names, not camelCase
    if (magic == kGetPropertyValue) {
      std::string v = style_value(h->shared->tree, h->id, p);
      const auto d = v.rfind(" !important");
      if (d != std::string::npos && d + 11 == v.size()) v.resize(d);
      return JS_NewStringLen(c, v.data(), v.size());
    }
    if (magic == kRemoveProperty) {
      std::string old = style_value(h->shared->tree, h->id, p);
      if (!set_style_property(c, *st, h->id, p, "")) return JS_EXCEPTION;
      return JS_NewStringLen(c, old.data(), old.size());
    }
    const JSValueConst v = argc > 1 ? argv[1] : JS_UNDEFINED;
    auto value = JS_IsNull(v) || JS_IsUndefined(v) ? std::optional<std::string>("") : to_utf8(c, v);
    if (!value) return JS_EXCEPTION;
    bool important = false;
    if (argc > 2 && JS_IsString(argv[2])) {
      auto prio = to_utf8(c, argv[2]);
      if (!prio) return JS_EXCEPTION;
      important = ascii_lower(*prio) == "important";
    }
    return set_style_property(c, *st, h->id, p, *value, important) ? JS_UNDEFINED : JS_EXCEPTION;
  });
}

// ---- LLMOS.dom ----

// Applies createElement's props to the new, still detached element. The parent is returned as
// its element object, which keeps it alive while artifact code (getters, toString) runs.
bool apply_props(JSContext* c, DomState& st, NodeId id, JSValueConst props, const char* fn, Value& parent) {
  JSPropertyEnum* tab = nullptr;
  uint32_t len = 0;
  if (JS_GetOwnPropertyNames(c, &tab, &len, props, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) return false;
  struct Atoms {
    JSContext* c;
    JSPropertyEnum* tab;
    uint32_t len;
    ~Atoms() {
      for (uint32_t i = 0; i < len; ++i) JS_FreeAtom(c, tab[i].atom);
      js_free(c, tab);
    }
  } atoms{c, tab, len};
  std::optional<std::string> html;
  for (uint32_t i = 0; i < len; ++i) {
    Value key_v(c, JS_AtomToString(c, tab[i].atom));
    CString key_s(c, key_v.get());
    if (!key_s.ok()) return false;
    const std::string key(key_s.view());
    Value value(c, JS_GetProperty(c, props, tab[i].atom));
    if (value.is_exception()) return false;
    const JSValueConst v = value.get();
    if (key == "parent") {
      if (JS_IsNull(v) || JS_IsUndefined(v)) continue;
      if (JS_GetOpaque(v, element_class()) != nullptr) {
        parent = Value::dup(c, v);
      } else if (JS_IsString(v)) {
        auto sel = to_utf8(c, v);
        if (!sel) return false;
        auto found = select_in_container(c, st, *sel, fn);
        if (!found) return false;
        if (*found == dom::kNoNode) {
          type_error(c, std::string(fn) + ": props.parent: no element matches '" + *sel + "'");
          return false;
        }
        parent = Value(c, wrap(c, st, *found));
        if (parent.is_exception()) return false;
      } else {
        type_error(c, std::string(fn) + ": props.parent must be an element or a selector");
        return false;
      }
      continue;
    }
    if (JS_IsNull(v) || JS_IsUndefined(v)) continue;
    if (key == "style") {
      if (!assign_style(c, st, id, v, fn)) return false;
      continue;
    }
    if (JS_IsFunction(c, v)) {
      type_error(c, std::string(fn) + ": props." + key + " is a function: event handlers cannot be used in artifacts");
      return false;
    }
    const bool text_prop = key == "textContent" || key == "innerText" || key == "innerHTML" || key == "id" ||
                           key == "className" || key == "class";
    if (JS_IsBool(v) && !text_prop) {
      // As `el.hidden = false` or a JSX prop: a boolean attribute is there (empty) or absent.
      // The string "false" would turn it on: the browser reads any value of `hidden` as hidden.
      if (JS_ToBool(c, v) && !set_attribute(c, st, id, key, "", fn)) return false;
      continue;
    }
    auto s = to_utf8(c, v);
    if (!s) return false;
    if (key == "textContent" || key == "innerText") {
      if (!set_text(c, st, id, *s)) return false;
    } else if (key == "innerHTML") {
      html = std::move(s);  // after the attributes, so that an id is set before
    } else if (key == "className" || key == "class") {
      if (!set_attribute(c, st, id, "class", *s, fn)) return false;
    } else if (!set_attribute(c, st, id, key, *s, fn)) {
      return false;
    }
  }
  if (html && !set_inner_html(c, st, id, *html, fn)) return false;
  return true;
}

JSValue js_create_element(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.dom.createElement";
    auto tag = string_arg(c, argc, argv, 0, fn, "the tag");
    if (!tag) return JS_EXCEPTION;
    const std::string ltag = ascii_lower(*tag);
    if (!dom::is_creatable_tag(ltag))
      return type_error(c, std::string(fn) + ": <" + *tag + "> is not allowed (allowed: " + std::string(dom::kCreatableTags) +
                               "; use setInnerHTML for other markup)");
    const JSValueConst props = argc > 1 ? argv[1] : JS_UNDEFINED;
    if (!JS_IsUndefined(props) && !JS_IsNull(props) && (!JS_IsObject(props) || JS_IsFunction(c, props)))
      return type_error(c, std::string(fn) + ": props must be an object");
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    Tree& t = st->shared->tree;
    if (!charge(c, *st, sizeof(dom::Node) + 16)) return JS_EXCEPTION;
    const NodeId id = t.create_element(ltag == "svg" ? Ns::kSvg : Ns::kHtml, ltag);
    if (id == dom::kNoNode) return tree_error(c, fn, TreeError::kTooMany);
    // Held while the props are applied (artifact code runs in getters and toString).
    Value el(c, wrap(c, *st, id));
    if (el.is_exception()) {
      t.release(id);
      return JS_EXCEPTION;
    }
    Value parent;
    if (!JS_IsUndefined(props) && !JS_IsNull(props) && !apply_props(c, *st, id, props, fn, parent)) return JS_EXCEPTION;
    const Handle* p = parent.is_object() ? static_cast<Handle*>(JS_GetOpaque(parent.get(), element_class())) : nullptr;
    if (!append(c, *st, p ? p->id : t.root(), id, fn)) return JS_EXCEPTION;
    return el.release();
  });
}

JSValue js_dom_query(JSContext* c, JSValueConst, int argc, JSValueConst* argv, int all) {
  return guarded(c, [&]() -> JSValue {
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    return query(c, *st, st->shared->tree.root(), true, argc, argv, all != 0,
                 all ? "LLMOS.dom.querySelectorAll" : "LLMOS.dom.querySelector");
  });
}

JSValue js_set_inner_html(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  return guarded(c, [&]() -> JSValue {
    constexpr const char* fn = "LLMOS.dom.setInnerHTML";
    DomState* st = dom_state(c);
    if (!st) return JS_EXCEPTION;
    const JSValueConst target = argc > 0 ? argv[0] : JS_UNDEFINED;
    NodeId id;
    if (Handle* h = static_cast<Handle*>(JS_GetOpaque(target, element_class()))) {
      id = h->id;
    } else if (JS_IsString(target)) {
      auto sel = to_utf8(c, target);
      if (!sel) return JS_EXCEPTION;
      auto found = select_in_container(c, *st, *sel, fn);
      if (!found) return JS_EXCEPTION;
      if (*found == dom::kNoNode) return type_error(c, std::string(fn) + ": no element matches '" + *sel + "'");
      id = *found;
    } else {
      return type_error(c, std::string(fn) + ": the target must be a selector or an element");
    }
    auto html = string_arg(c, argc, argv, 1, fn, "the HTML");
    if (!html) return JS_EXCEPTION;
    return set_inner_html(c, *st, id, *html, fn) ? JS_UNDEFINED : JS_EXCEPTION;
  });
}

}  // namespace

namespace {
constexpr JSCFunctionListEntry kDomMethods[] = {
    engine::lazy::method("createElement", 2, &js_create_element),
    engine::lazy::method("querySelector", 1, &js_dom_query, 0),
    engine::lazy::method("querySelectorAll", 1, &js_dom_query, 1),
    engine::lazy::method("setInnerHTML", 2, &js_set_inner_html),
};
constexpr JSCFunctionListEntry kLlmosEntries[] = {engine::lazy::object("dom", kDomMethods, JS_PROP_C_W_E)};
}  // namespace

void install_dom(engine::Context& ctx, JSValueConst llmos) { engine::lazy::define(ctx.get(), llmos, kLlmosEntries); }

void finish_dom(Context& ctx, RunResult& result) {
  auto& st = kernel_state(ctx).module<DomState>();
  try {
    for (const Image& image : result.images) {
      if (image.mime != "image/png") continue;  // plots (SVG) are images only, as in the contract
      if (!st.shared) st.shared = std::make_shared<DomShared>(kernel_state(ctx).config.artifact_id);
      Tree& t = st.shared->tree;
      NodeId node = kNoNode;
      if (auto it = st.canvas_places.find(image.id); it != st.canvas_places.end() && t.is_element(it->second) &&
                                                     t.in_container(it->second))
        node = it->second;
      if (node != kNoNode && is_canvas_element(t, node)) {
        t.become_image(node);
        t.set_attribute(node, kCanvasAttribute, image.id);
      }
      if (node == kNoNode) {
        node = t.create_element(Ns::kHtml, "img");
        if (node == kNoNode || t.append_child(t.root(), node) != TreeError::kNone) continue;
        t.set_attribute(node, kCanvasAttribute, image.id);
      }
      t.set_attribute(node, "alt", "canvas " + image.id);
      t.set_attribute(node, "width", std::to_string(image.width));
      t.set_attribute(node, "height", std::to_string(image.height));
      // Inline up to a size where the data URL is still reasonable to carry twice; past it the
      // <img> names the image by data-llmos-canvas and the reader takes it from `images`.
      if (image.data.size() <= kMaxInlineCanvasBytes)
        t.set_attribute(node, "src", "data:image/png;base64," + base64_encode(image.data));
      st.touched = true;
    }
    if (st.touched && st.shared) result.dom = st.shared->tree.serialize(st.shared->tree.root(), true);
  } catch (const std::bad_alloc&) {
    // Out of memory while finishing: the result keeps what it has, without `dom`.
  }
}

}  // namespace llmos::kernel
