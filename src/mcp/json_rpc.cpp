#include "mcp/json_rpc.hpp"

namespace llmos::mcp {
namespace {

bool valid_id(const json& id) { return id.is_string() || id.is_number(); }

Invalid invalid(const json& id, const std::string& why) {
  return Invalid{make_error(id, rpc::kInvalidRequest, "Invalid Request: " + why)};
}

}  // namespace

Message classify(const json& value) {
  if (!value.is_object()) return invalid(nullptr, "a message must be a JSON object");
  const auto id_it = value.find("id");
  const bool has_id = id_it != value.end();
  const json id = has_id && valid_id(*id_it) ? *id_it : json(nullptr);

  const auto method_it = value.find("method");
  if (method_it == value.end()) {
    // A response (to a request we never sent): nothing to answer.
    if (value.contains("result") || value.contains("error")) return Ignored{};
    return invalid(id, "no \"method\"");
  }
  const auto version = value.find("jsonrpc");
  if (version == value.end() || *version != "2.0")
    return invalid(id, "\"jsonrpc\" must be \"2.0\"");
  if (has_id && !valid_id(*id_it)) return invalid(nullptr, "\"id\" must be a string or a number");
  if (!method_it->is_string()) return invalid(id, "\"method\" must be a string");
  Request r;
  r.method = method_it->get<std::string>();
  r.notification = !has_id;
  r.id = id;
  if (const auto params = value.find("params"); params != value.end()) {
    if (!params->is_object() && !params->is_array())
      return invalid(id, "\"params\" must be an object or an array");
    r.params = *params;
  }
  return r;
}

bool nested_deeper_than(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

json make_result(const json& id, json result) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json make_error(const json& id, int code, const std::string& message) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

std::string serialize(const json& message) {
  return message.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace llmos::mcp
