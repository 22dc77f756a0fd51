#pragma once
// The pure core of LLMOS.dom (no engine types): one artifact's element tree under its container
// <div id="artifact-{id}">, and its serialization.
//
// Nodes live in a table and are named by index. A node stays while it is inside the container
// or something outside holds it (retain/release: the JavaScript objects of the bindings); a
// subtree taken out of the container and held by nobody is freed at once, so an artifact that
// rebuilds its DOM in a loop does not grow without end. The tree never checks content: callers
// pass names and attributes that went through policy.hpp, and serialization escapes every text
// and attribute value, so what it writes parses back into the same elements.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/dom/policy.hpp"

namespace llmos::kernel::dom {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xffffffffu;

struct Attr {
  std::string name;
  std::string value;
};

struct Node {
  bool live = false;
  bool is_text = false;
  Ns ns = Ns::kHtml;
  std::uint32_t refs = 0;
  NodeId parent = kNoNode;
  std::string name;  // element: canonical tag name; text node: the text
  std::vector<Attr> attrs;
  std::vector<NodeId> children;
};

enum class TreeError {
  kNone,
  kNotElement,   // a text node cannot hold children
  kIsContainer,  // the container cannot be moved or removed
  kCycle,        // the new child contains the parent
  kVoidParent,   // <img>, <br>, ... hold no children
  kNamespace,    // HTML inside SVG (or SVG other than <svg> inside HTML)
  kTooDeep,      // past kMaxDepth
  kTooMany,      // past kMaxNodes
};

class Tree {
 public:
  static constexpr std::size_t kMaxDepth = 512;  // as deep as browsers build from HTML
  static constexpr std::size_t kMaxNodes = std::size_t{1} << 20;

  // The container <div id="artifact-{artifact_id}">.
  explicit Tree(std::string_view artifact_id, std::size_t max_nodes = kMaxNodes);

  NodeId root() const { return 0; }
  const Node& node(NodeId id) const { return nodes_[id]; }
  bool is_element(NodeId id) const { return id < nodes_.size() && nodes_[id].live && !nodes_[id].is_text; }

  // New nodes are detached: append them, or they are freed when their last holder lets go.
  NodeId create_element(Ns ns, std::string_view name);  // kNoNode past the node limit
  NodeId create_text(std::string_view text);

  TreeError can_append(NodeId parent, NodeId child) const;
  TreeError append_child(NodeId parent, NodeId child);  // moves `child` if it has a parent
  TreeError detach(NodeId id);                           // takes `id` out of its parent
  void remove_children(NodeId id);
  // Turns a <canvas> element into the <img> of its picture (children dropped, attributes kept).
  void become_image(NodeId id);
  // Replaces the children with one text node (none for an empty text).
  void set_text_content(NodeId id, std::string_view text);
  std::string text_content(NodeId id) const;

  const std::string* attribute(NodeId id, std::string_view name) const;
  void set_attribute(NodeId id, std::string_view name, std::string_view value);
  bool remove_attribute(NodeId id, std::string_view name);
  // The classes of the element (its class attribute split on whitespace).
  std::vector<std::string_view> classes(NodeId id) const;

  void retain(NodeId id);
  void release(NodeId id);

  bool in_container(NodeId id) const;
  std::size_t depth(NodeId id) const;   // the container is 0; a detached root is 0 too
  std::size_t height(NodeId id) const;  // 1 for a node without children

  // Elements under `scope` (not `scope` itself) in document order; `visit` returns false to stop.
  void for_each_descendant(NodeId scope, const std::function<bool(NodeId)>& visit) const;

  // The element's HTML with (outer) or without (inner) its own tags.
  std::string serialize(NodeId id, bool outer) const;

  // An estimate of the memory the tree holds (what the bindings charge to the artifact).
  std::size_t bytes() const { return bytes_; }
  std::size_t live_nodes() const { return live_; }

 private:
  NodeId allocate();
  void free_subtree(NodeId id);
  void collect(NodeId id);
  std::size_t cost(const Node& n) const;
  void recharge(NodeId id, std::size_t before);
  void serialize_to(NodeId id, std::string& out) const;

  std::vector<Node> nodes_;
  std::vector<NodeId> free_;
  std::size_t max_nodes_;
  std::size_t bytes_ = 0;
  std::size_t live_ = 0;
};

// HTML escaping, as the serializer does it (also for attribute values in single or double
// quotes, and for text anywhere: < > are escaped too, so no text reads as markup).
void append_escaped_text(std::string& out, std::string_view text);
void append_escaped_attribute(std::string& out, std::string_view value);

}  // namespace llmos::kernel::dom
