#include "kernel/dom/sanitizer.hpp"

#include <gumbo.h>

#include <csetjmp>
#include <cstdlib>
#include <vector>

namespace llmos::kernel::dom {
namespace {

// Every allocation gumbo makes comes from this arena, for three reasons: its memory counts
// against the artifact's budget, the parse can be stopped (at the budget or the time limit) by
// jumping out of the allocator, and everything is freed by walking the arena instead of
// gumbo_destroy_output, which recurses once per level of nesting (a stack overflow on a
// deeply nested input).
struct alignas(std::max_align_t) Block {
  Block* prev;
  Block* next;
  std::size_t size;
};

struct Arena {
  Block head{&head, &head, 0};
  std::size_t bytes = 0;
  std::size_t max = 0;
  unsigned calls = 0;
  const std::function<bool()>* stop = nullptr;
  std::jmp_buf* jump = nullptr;
  ParseStatus failure = ParseStatus::kOk;

  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (Block* b = head.next; b != &head;) {
      Block* next = b->next;
      std::free(b);
      b = next;
    }
  }
};

// Called from inside gumbo (C frames only up to the setjmp in parse()): nothing here has a
// destructor, so leaving by longjmp skips no C++ cleanup.
void* arena_alloc(void* userdata, std::size_t size) {
  auto* a = static_cast<Arena*>(userdata);
  if ((++a->calls & 0xff) == 0 && a->stop != nullptr && *a->stop && (*a->stop)()) {
    a->failure = ParseStatus::kStopped;
    std::longjmp(*a->jump, 1);
  }
  if (size > a->max || a->bytes + size + sizeof(Block) > a->max) {
    a->failure = ParseStatus::kOutOfMemory;
    std::longjmp(*a->jump, 1);
  }
  auto* b = static_cast<Block*>(std::malloc(sizeof(Block) + size));
  if (b == nullptr) {
    a->failure = ParseStatus::kOutOfMemory;
    std::longjmp(*a->jump, 1);
  }
  b->size = sizeof(Block) + size;
  b->prev = &a->head;
  b->next = a->head.next;
  a->head.next->prev = b;
  a->head.next = b;
  a->bytes += b->size;
  return b + 1;
}

void arena_free(void* userdata, void* p) {
  if (p == nullptr) return;
  auto* a = static_cast<Arena*>(userdata);
  Block* b = static_cast<Block*>(p) - 1;
  b->prev->next = b->next;
  b->next->prev = b->prev;
  a->bytes -= b->size;
  std::free(b);
}

GumboOutput* parse(const GumboOptions* options, const char* data, std::size_t size, Arena* arena) {
  std::jmp_buf jump;
  arena->jump = &jump;
  if (setjmp(jump) != 0) return nullptr;
  return gumbo_parse_with_options(options, data, size);
}

std::string lower_tag_name(const GumboElement& e) {
  std::string name;
  if (e.tag != GUMBO_TAG_UNKNOWN) {
    name = gumbo_normalized_tagname(e.tag);
  } else {
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    name.assign(piece.data ? piece.data : "", piece.length);
  }
  for (char& ch : name)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return name;
}

void copy_attributes(Tree& tree, NodeId id, Ns ns, std::string_view tag, const GumboVector& attrs) {
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    // xlink:href, xml:base, xmlns:*: nothing of these namespaces is needed, several are links.
    if (a->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) continue;
    auto checked = check_attribute(ns, tag, a->name, a->value);
    if (!checked || (checked->name == "style" && checked->value.empty())) continue;
    tree.set_attribute(id, checked->name, checked->value);
  }
  if (ns == Ns::kHtml && tag == "a") {
    // A page opened in a new tab gets no handle on the one holding the artifact.
    const std::string* target = tree.attribute(id, "target");
    if (target && *target == "_blank") {
      const std::string* rel = tree.attribute(id, "rel");
      std::string r = rel ? *rel : std::string();
      if (r.find("noopener") == std::string::npos) r += r.empty() ? "noopener noreferrer" : " noopener noreferrer";
      tree.set_attribute(id, "rel", r);
    }
  }
}

struct Frame {
  const GumboNode* node;
  NodeId parent;
  std::size_t depth;  // of `parent`
  bool text_only;
};

// Rebuilds the parsed children of `root` under `target`. Returns false when the new nodes pass
// `max_bytes`.
bool rebuild(Tree& tree, NodeId target, bool text_only_target, const GumboNode* root, std::size_t max_bytes,
             const Arena& arena) {
  const std::size_t start_bytes = tree.bytes();
  const auto& top = root->v.element.children;
  std::vector<Frame> stack;
  const std::size_t target_depth = tree.depth(target);
  for (unsigned i = top.length; i-- > 0;)
    stack.push_back({static_cast<const GumboNode*>(top.data[i]), target, target_depth, text_only_target});
  std::size_t count = 0;
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    if ((++count & 0x3f) == 0 && tree.bytes() - start_bytes + arena.bytes > max_bytes) return false;
    const GumboNode* g = f.node;
    switch (g->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const NodeId t = tree.create_text(g->v.text.text);
        if (t == kNoNode) return false;
        if (tree.append_child(f.parent, t) != TreeError::kNone) tree.release(t);
        continue;
      }
      case GUMBO_NODE_ELEMENT:
        break;
      default:  // comments; template contents (inert in browsers, so no use here)
        continue;
    }
    if (f.text_only) continue;
    const GumboElement& e = g->v.element;
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML && e.tag_namespace != GUMBO_NAMESPACE_SVG) continue;
    const Ns ns = e.tag_namespace == GUMBO_NAMESPACE_SVG ? Ns::kSvg : Ns::kHtml;
    const std::string lname = lower_tag_name(e);
    if (lname.empty()) continue;
    ElementRule rule = element_rule(ns, lname);
    // Where HTML and SVG meet, only <svg> enters SVG and nothing leaves it: the places where a
    // browser switches parsers are where mutation XSS lives.
    const Ns parent_ns = tree.node(f.parent).ns;
    if (parent_ns == Ns::kSvg && ns != Ns::kSvg) continue;
    if (parent_ns == Ns::kHtml && ns == Ns::kSvg && lname != "svg") continue;
    // Past the depth limit (less one level, for text) elements are left out and their content
    // goes to the deepest one, as browsers flatten what is nested too deeply.
    if (rule.action == ElementAction::kKeep && f.depth + 2 > Tree::kMaxDepth)
      rule.action = ns == Ns::kSvg ? ElementAction::kDrop : ElementAction::kUnwrap;
    if (rule.action == ElementAction::kDrop) continue;
    NodeId parent = f.parent;
    std::size_t depth = f.depth;
    bool text_only = f.text_only;
    if (rule.action == ElementAction::kKeep) {
      const NodeId id = tree.create_element(ns, rule.name);
      if (id == kNoNode) return false;
      copy_attributes(tree, id, ns, rule.name, e.attributes);
      if (tree.append_child(f.parent, id) != TreeError::kNone) {
        tree.release(id);  // frees it: it was never attached
        continue;
      }
      if (rule.is_void) continue;
      parent = id;
      depth = f.depth + 1;
      text_only = rule.text_only;
    }
    for (unsigned i = e.children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), parent, depth, text_only});
  }
  return tree.bytes() - start_bytes + arena.bytes <= max_bytes;
}

}  // namespace

ParseStatus set_inner_html(Tree& tree, NodeId target, std::string_view html, const ParseBudget& budget) {
  tree.remove_children(target);
  const Ns target_ns = tree.node(target).ns;
  const std::string target_name = tree.node(target).name;
  GumboOptions options = kGumboDefaultOptions;
  Arena arena;
  arena.max = budget.max_bytes;
  arena.stop = &budget.should_stop;
  options.allocator = &arena_alloc;
  options.deallocator = &arena_free;
  options.userdata = &arena;
  options.max_errors = 0;
  bool text_only = false;
  if (target_ns == Ns::kSvg) {
    std::string lname = target_name;
    for (char& ch : lname)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    text_only = element_rule(Ns::kSvg, lname).text_only;
    options.fragment_context = GUMBO_TAG_SVG;
    options.fragment_namespace = GUMBO_NAMESPACE_SVG;
  } else {
    const GumboTag tag = gumbo_tagn_enum(target_name.data(), static_cast<unsigned>(target_name.size()));
    options.fragment_context = tag == GUMBO_TAG_UNKNOWN ? GUMBO_TAG_DIV : tag;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  }
  GumboOutput* out = parse(&options, html.data(), html.size(), &arena);
  if (out == nullptr) return arena.failure == ParseStatus::kOk ? ParseStatus::kOutOfMemory : arena.failure;
  if (!rebuild(tree, target, text_only, out->root, budget.max_bytes, arena)) {
    tree.remove_children(target);
    return ParseStatus::kOutOfMemory;
  }
  return ParseStatus::kOk;  // the arena frees the parse
}

std::string sanitize_html(std::string_view html) {
  Tree tree("sanitize");
  const NodeId div = tree.create_element(Ns::kHtml, "div");
  tree.append_child(tree.root(), div);
  set_inner_html(tree, div, html);
  return tree.serialize(div, false);
}

}  // namespace llmos::kernel::dom
