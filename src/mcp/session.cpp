#include "mcp/session.hpp"

#include <algorithm>
#include <exception>

namespace llmos::mcp {
namespace {

// MCP messages are shallow; this leaves room for any tool's arguments.
constexpr std::size_t kMaxNesting = 256;

const json& object_params(const Request& request) {
  static const json kEmpty = json::object();
  if (request.params.is_null()) return kEmpty;
  if (!request.params.is_object())
    throw RpcError(rpc::kInvalidParams, "Invalid params: the params of '" + request.method + "' must be an object");
  return request.params;
}

// A call its host cancelled: it gets no response.
struct Cancelled {};

}  // namespace

std::string negotiate_version(std::string_view requested) {
  for (const char* v : kProtocolVersions)
    if (requested == v) return v;
  return kProtocolVersions[0];
}

Session::Session(SessionInfo info) : info_(std::move(info)) {}

json Session::too_long(std::size_t max_bytes) {
  return make_error(nullptr, rpc::kInvalidRequest,
                    "Invalid Request: the message is longer than the limit of " + std::to_string(max_bytes) +
                        " bytes per line; it was skipped");
}

std::optional<json> Session::handle_line(std::string_view line) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return std::nullopt;  // blank
  if (nested_deeper_than(line, kMaxNesting))
    return make_error(nullptr, rpc::kInvalidRequest,
                      "Invalid Request: the message nests arrays and objects deeper than " +
                          std::to_string(kMaxNesting) + " levels");
  json value;
  try {
    value = json::parse(line);
  } catch (const json::parse_error& e) {
    return make_error(nullptr, rpc::kParseError, std::string("Parse error: ") + e.what());
  }
  if (value.is_array()) {
    // JSON-RPC batches (protocol 2025-03-26 has them).
    if (value.empty()) return make_error(nullptr, rpc::kInvalidRequest, "Invalid Request: an empty batch");
    json responses = json::array();
    for (const json& element : value)
      if (auto r = handle_message(element)) responses.push_back(std::move(*r));
    if (responses.empty()) return std::nullopt;
    return responses;
  }
  return handle_message(value);
}

std::optional<json> Session::handle_message(const json& value) {
  const Message message = classify(value);
  if (const auto* invalid = std::get_if<Invalid>(&message)) return invalid->response;
  if (std::holds_alternative<Ignored>(message)) return std::nullopt;
  const Request& request = std::get<Request>(message);
  if (request.notification) {
    // notifications/initialized, notifications/cancelled (acted on as it arrives: cancel()),
    // anything else: never answered.
    return std::nullopt;
  }
  try {
    return make_result(request.id, dispatch(request));
  } catch (const Cancelled&) {
    return std::nullopt;
  } catch (const RpcError& e) {
    return make_error(request.id, e.code(), e.what());
  } catch (const std::exception& e) {
    return make_error(request.id, rpc::kInternalError, std::string("Internal error: ") + e.what());
  }
}

json Session::dispatch(const Request& request) {
  if (request.method == "initialize") return initialize(object_params(request));
  if (request.method == "ping") return json::object();
  if (request.method == "tools/list") {
    object_params(request);  // a cursor, if any, is ignored: there is one page
    ToolFeatures features;
    features.structured = version_.empty() || version_ >= "2025-06-18";
    return {{"tools", list_tools(features)}};
  }
  if (request.method == "tools/call") return tools_call(request);
  throw RpcError(rpc::kMethodNotFound, "Method not found: " + request.method);
}

json Session::initialize(const json& params) {
  const auto requested = params.find("protocolVersion");
  if (requested == params.end() || !requested->is_string())
    throw RpcError(rpc::kInvalidParams, "Invalid params: initialize needs a string 'protocolVersion'");
  version_ = negotiate_version(requested->get<std::string>());
  return {
      {"protocolVersion", version_},
      {"capabilities", {{"tools", {{"listChanged", false}}}}},
      {"serverInfo", {{"name", "llmos"}, {"title", "llmos kernel"}, {"version", info_.server_version}}},
      {"instructions",
       "llmos runs untrusted code artifacts in a native sandbox. run_javascript runs JavaScript (QuickJS, "
       "with the LLMOS API: storage, dom, viz, quantum, utils); run_python runs Python 3 (numpy, matplotlib). "
       "Each call gets a fresh context; the value of the last statement is the output; canvases and plots "
       "come back as images. kernel_status reports the kernel's state."},
  };
}

json Session::tools_call(const Request& request) {
  const json& params = object_params(request);
  const auto name = params.find("name");
  if (name == params.end() || !name->is_string())
    throw RpcError(rpc::kInvalidParams, "Invalid params: tools/call needs a string 'name'");
  const auto args_it = params.find("arguments");
  const json arguments = args_it == params.end() || args_it->is_null() ? json::object() : *args_it;
  ToolFeatures features;
  features.structured = version_.empty() || version_ >= "2025-06-18";
  features.isolation = info_.isolation;
  StuckHandler on_stuck;
  if (stuck_) {
    on_stuck = [responder = stuck_, id = request.id](const json& tool_result) {
      responder(make_result(id, tool_result));
    };
  }
  std::stop_token stop;
  {
    std::lock_guard lock(cancel_mu_);
    if (const auto it = std::find(cancelled_.begin(), cancelled_.end(), request.id); it != cancelled_.end()) {
      cancelled_.erase(it);
      throw Cancelled{};
    }
    running_id_ = request.id;
    running_stop_ = std::stop_source();
    stop = running_stop_.get_token();
  }
  struct EndsRunning {  // however the call ends, bad arguments included
    Session& session;
    ~EndsRunning() {
      std::lock_guard lock(session.cancel_mu_);
      session.running_id_.reset();
    }
  };
  json result;
  {
    const EndsRunning ends{*this};
    result = call_tool(name->get<std::string>(), arguments, features, on_stuck, stop);
  }
  if (stop.stop_requested()) throw Cancelled{};
  return result;
}

void Session::cancel(const json& request_id) {
  std::lock_guard lock(cancel_mu_);
  if (running_id_ && *running_id_ == request_id) {
    running_stop_.request_stop();
    return;
  }
  cancelled_.push_back(request_id);
  if (cancelled_.size() > 256) cancelled_.pop_front();
}

}  // namespace llmos::mcp
