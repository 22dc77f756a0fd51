#pragma once
// JSON-RPC 2.0 as MCP uses it: the error codes of the specification, the shape checks of a
// message, and the objects of responses.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace llmos::mcp {

using nlohmann::json;

namespace rpc {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
}  // namespace rpc

// Thrown by a method's handler: becomes the error response of its request.
class RpcError : public std::runtime_error {
 public:
  RpcError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// A well-formed request (with an id) or notification (without).
struct Request {
  json id;  // string or number; null for a notification
  bool notification = false;
  std::string method;
  json params;  // object, array, or null when absent
};

// A message from the peer that needs no answer: a response to a request of ours (we send none).
struct Ignored {};

// Not a valid JSON-RPC message: the error response to send.
struct Invalid {
  json response;
};

using Message = std::variant<Request, Ignored, Invalid>;

// Classifies one parsed JSON value (an element of a batch, or a whole line).
Message classify(const json& value);

// Whether the JSON text `text` nests arrays and objects deeper than `max_depth` (brackets inside
// strings do not count). Checked before parsing: copying or dumping a value is recursive, so a
// message nested a million levels deep must never become one.
bool nested_deeper_than(std::string_view text, std::size_t max_depth);

json make_result(const json& id, json result);
json make_error(const json& id, int code, const std::string& message);

// The text of `message` on one line; invalid UTF-8 in strings is replaced, never thrown on.
std::string serialize(const json& message);

}  // namespace llmos::mcp
