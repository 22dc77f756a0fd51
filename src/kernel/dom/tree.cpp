#include "kernel/dom/tree.hpp"

#include <algorithm>

#include "common/check.hpp"

namespace llmos::kernel::dom {

namespace {

bool is_void(const Node& n) {
  return n.ns == Ns::kHtml && (n.name == "br" || n.name == "col" || n.name == "hr" ||
                               n.name == "img" || n.name == "wbr");
}

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; }

}  // namespace

namespace {

// Characters the parsers do not read back as they were written: a NUL becomes U+FFFD; raw
// control characters are parse errors (gumbo replaces them, browsers keep them) and a raw CR
// turns into LF; C1 controls cannot be written as character references at all (&#x80; is
// read as the euro sign). Control characters go out as references, C1 ones as U+FFFD.
// Returns the number of bytes of `s` at `i` consumed, 0 when the byte is ordinary.
std::size_t append_special(std::string& out, std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == 0) {
    out += "\xEF\xBF\xBD";
    return 1;
  }
  if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f') || b == 0x7f) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "&#x";
    if (b >= 0x10) out += kHex[b >> 4];
    out += kHex[b & 0xf];
    out += ';';
    return 1;
  }
  if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
      static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
    out += "\xEF\xBF\xBD";
    return 2;
  }
  return 0;
}

}  // namespace

void append_escaped_text(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = append_special(out, text, i)) {
      i += n;
      continue;
    }
    switch (const char ch = text[i++]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += ch;
    }
  }
}

void append_escaped_attribute(std::string& out, std::string_view value) {
  for (std::size_t i = 0; i < value.size();) {
    if (const std::size_t n = append_special(out, value, i)) {
      i += n;
      continue;
    }
    switch (const char ch = value[i++]) {
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '`': out += "&#96;"; break;
      default: out += ch;
    }
  }
}

Tree::Tree(std::string_view artifact_id, std::size_t max_nodes) : max_nodes_(max_nodes) {
  const NodeId root = create_element(Ns::kHtml, "div");
  LLMOS_CHECK(root == 0);
  set_attribute(root, "id", "artifact-" + std::string(artifact_id));
  nodes_[root].refs = 1;  // never collected
}

std::size_t Tree::cost(const Node& n) const {
  std::size_t c = sizeof(Node) + n.name.size() + n.children.capacity() * sizeof(NodeId) +
                  n.attrs.capacity() * sizeof(Attr);
  for (const Attr& a : n.attrs) c += a.name.size() + a.value.size();
  return c;
}

void Tree::recharge(NodeId id, std::size_t before) {
  bytes_ = bytes_ - before + cost(nodes_[id]);
}

NodeId Tree::allocate() {
  if (live_ >= max_nodes_) return kNoNode;
  NodeId id;
  if (!free_.empty()) {
    id = free_.back();
    free_.pop_back();
  } else {
    id = static_cast<NodeId>(nodes_.size());
    nodes_.emplace_back();
  }
  Node& n = nodes_[id];
  n = Node{};
  n.live = true;
  ++live_;
  bytes_ += cost(n);
  return id;
}

NodeId Tree::create_element(Ns ns, std::string_view name) {
  const NodeId id = allocate();
  if (id == kNoNode) return id;
  const std::size_t before = cost(nodes_[id]);
  nodes_[id].ns = ns;
  nodes_[id].name.assign(name);
  recharge(id, before);
  return id;
}

NodeId Tree::create_text(std::string_view text) {
  const NodeId id = allocate();
  if (id == kNoNode) return id;
  const std::size_t before = cost(nodes_[id]);
  nodes_[id].is_text = true;
  nodes_[id].name.assign(text);
  recharge(id, before);
  return id;
}

bool Tree::in_container(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = nodes_[n].parent)
    if (n == root()) return true;
  return false;
}

std::size_t Tree::depth(NodeId id) const {
  std::size_t d = 0;
  for (NodeId n = nodes_[id].parent; n != kNoNode; n = nodes_[n].parent) ++d;
  return d;
}

std::size_t Tree::height(NodeId id) const {
  // Depth-first with an explicit stack: a detached subtree is at most kMaxDepth deep, but
  // this is also what enforces that.
  std::size_t best = 0;
  std::vector<std::pair<NodeId, std::size_t>> stack{{id, 1}};
  while (!stack.empty()) {
    const auto [n, h] = stack.back();
    stack.pop_back();
    best = std::max(best, h);
    for (NodeId c : nodes_[n].children) stack.emplace_back(c, h + 1);
  }
  return best;
}

TreeError Tree::can_append(NodeId parent, NodeId child) const {
  const Node& p = nodes_[parent];
  const Node& c = nodes_[child];
  if (p.is_text) return TreeError::kNotElement;
  if (child == root()) return TreeError::kIsContainer;
  for (NodeId n = parent; n != kNoNode; n = nodes_[n].parent)
    if (n == child) return TreeError::kCycle;
  if (is_void(p)) return TreeError::kVoidParent;
  if (!c.is_text) {
    if (p.ns == Ns::kSvg && c.ns != Ns::kSvg) return TreeError::kNamespace;
    if (p.ns == Ns::kHtml && c.ns == Ns::kSvg && c.name != "svg") return TreeError::kNamespace;
  }
  if (depth(parent) + height(child) > kMaxDepth) return TreeError::kTooDeep;
  return TreeError::kNone;
}

TreeError Tree::append_child(NodeId parent, NodeId child) {
  if (const TreeError e = can_append(parent, child); e != TreeError::kNone) return e;
  Node& c = nodes_[child];
  if (c.parent != kNoNode) {
    Node& old = nodes_[c.parent];
    old.children.erase(std::find(old.children.begin(), old.children.end(), child));
  }
  const std::size_t before = cost(nodes_[parent]);
  nodes_[parent].children.push_back(child);
  recharge(parent, before);
  nodes_[child].parent = parent;
  return TreeError::kNone;
}

TreeError Tree::detach(NodeId id) {
  if (id == root()) return TreeError::kIsContainer;
  Node& n = nodes_[id];
  if (n.parent != kNoNode) {
    Node& p = nodes_[n.parent];
    p.children.erase(std::find(p.children.begin(), p.children.end(), id));
    n.parent = kNoNode;
  }
  collect(id);
  return TreeError::kNone;
}

void Tree::remove_children(NodeId id) {
  std::vector<NodeId> children;
  children.swap(nodes_[id].children);
  bytes_ -= children.capacity() * sizeof(NodeId);
  for (NodeId c : children) {
    nodes_[c].parent = kNoNode;
    collect(c);
  }
}

void Tree::become_image(NodeId id) {
  remove_children(id);
  const std::size_t before = cost(nodes_[id]);
  nodes_[id].name = "img";
  recharge(id, before);
}

void Tree::collect(NodeId id) {
  const Node& n = nodes_[id];
  if (!n.live || n.parent != kNoNode || n.refs > 0 || id == root()) return;
  free_subtree(id);
}

void Tree::free_subtree(NodeId id) {
  std::vector<NodeId> stack{id};
  while (!stack.empty()) {
    const NodeId x = stack.back();
    stack.pop_back();
    Node& n = nodes_[x];
    for (NodeId c : n.children) {
      nodes_[c].parent = kNoNode;
      // A child held from outside stays, as the root of a detached subtree of its own.
      if (nodes_[c].refs == 0) stack.push_back(c);
    }
    bytes_ -= cost(n);
    n = Node{};
    --live_;
    free_.push_back(x);
  }
}

void Tree::set_text_content(NodeId id, std::string_view text) {
  remove_children(id);
  if (text.empty()) return;
  const NodeId t = create_text(text);
  if (t == kNoNode) return;
  append_child(id, t);
}

std::string Tree::text_content(NodeId id) const {
  const Node& n = nodes_[id];
  if (n.is_text) return n.name;
  std::string out;
  std::vector<NodeId> stack(n.children.rbegin(), n.children.rend());
  while (!stack.empty()) {
    const NodeId x = stack.back();
    stack.pop_back();
    const Node& m = nodes_[x];
    if (m.is_text) out += m.name;
    else stack.insert(stack.end(), m.children.rbegin(), m.children.rend());
  }
  return out;
}

const std::string* Tree::attribute(NodeId id, std::string_view name) const {
  for (const Attr& a : nodes_[id].attrs)
    if (a.name == name) return &a.value;
  return nullptr;
}

void Tree::set_attribute(NodeId id, std::string_view name, std::string_view value) {
  const std::size_t before = cost(nodes_[id]);
  auto& attrs = nodes_[id].attrs;
  auto it = std::find_if(attrs.begin(), attrs.end(), [&](const Attr& a) { return a.name == name; });
  if (it != attrs.end()) it->value.assign(value);
  else attrs.push_back(Attr{std::string(name), std::string(value)});
  recharge(id, before);
}

bool Tree::remove_attribute(NodeId id, std::string_view name) {
  const std::size_t before = cost(nodes_[id]);
  auto& attrs = nodes_[id].attrs;
  auto it = std::find_if(attrs.begin(), attrs.end(), [&](const Attr& a) { return a.name == name; });
  if (it == attrs.end()) return false;
  attrs.erase(it);
  recharge(id, before);
  return true;
}

std::vector<std::string_view> Tree::classes(NodeId id) const {
  std::vector<std::string_view> out;
  const std::string* cls = attribute(id, "class");
  if (!cls) return out;
  std::string_view s = *cls;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

void Tree::retain(NodeId id) { ++nodes_[id].refs; }

void Tree::release(NodeId id) {
  Node& n = nodes_[id];
  if (n.refs > 0) --n.refs;
  collect(id);
}

void Tree::for_each_descendant(NodeId scope, const std::function<bool(NodeId)>& visit) const {
  const Node& s = nodes_[scope];
  std::vector<NodeId> stack(s.children.rbegin(), s.children.rend());
  while (!stack.empty()) {
    const NodeId x = stack.back();
    stack.pop_back();
    const Node& n = nodes_[x];
    if (n.is_text) continue;
    if (!visit(x)) return;
    stack.insert(stack.end(), n.children.rbegin(), n.children.rend());
  }
}

void Tree::serialize_to(NodeId id, std::string& out) const {
  const Node& n = nodes_[id];
  if (n.is_text) {
    append_escaped_text(out, n.name);
    return;
  }
  out += '<';
  out += n.name;
  for (const Attr& a : n.attrs) {
    out += ' ';
    out += a.name;
    out += "=\"";
    append_escaped_attribute(out, a.value);
    out += '"';
  }
  out += '>';
  if (is_void(n)) return;
  // The parser drops a newline right after <pre>: write one more so a leading newline of the
  // text survives.
  if (n.ns == Ns::kHtml && n.name == "pre" && !n.children.empty() && nodes_[n.children[0]].is_text &&
      !nodes_[n.children[0]].name.empty() && nodes_[n.children[0]].name[0] == '\n')
    out += '\n';
  for (NodeId c : n.children) serialize_to(c, out);
  out += "</";
  out += n.name;
  out += '>';
}

std::string Tree::serialize(NodeId id, bool outer) const {
  std::string out;
  if (outer) {
    serialize_to(id, out);
  } else {
    for (NodeId c : nodes_[id].children) serialize_to(c, out);
  }
  return out;
}

}  // namespace llmos::kernel::dom
