#pragma once
// One MCP session: the lifecycle (initialize and protocol version negotiation, ping) and the
// tools/* methods, for messages already split into lines. Transport-free, so it can be tested
// by feeding it text.
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

#include "mcp/json_rpc.hpp"
#include "mcp/tools.hpp"

namespace llmos::mcp {

// The protocol versions this server speaks, newest first.
inline constexpr const char* kProtocolVersions[] = {"2025-06-18", "2025-03-26", "2024-11-05"};

// The version to answer an initialize request that asked for `requested`: that one when it is
// supported, else the newest supported one (the client then decides whether it can go on).
std::string negotiate_version(std::string_view requested);

struct SessionInfo {
  std::string server_version;  // serverInfo.version
  executor::Isolation isolation = executor::Isolation::kProcess;  // of run_javascript
};

class Session {
 public:
  explicit Session(SessionInfo info);

  // The answer to one line of input (a message or a batch), or nullopt when there is none
  // (notifications, responses, a batch of notifications).
  std::optional<json> handle_line(std::string_view line);
  // The answer to a line longer than the limit.
  static json too_long(std::size_t max_bytes);

  // Where a tool result for an execution stuck in native code goes, as the response to its
  // request (see StuckHandler); the execution never returns.
  using StuckResponder = std::function<void(const json& response)>;
  void on_stuck(StuckResponder responder) { stuck_ = std::move(responder); }

  // From any thread: the host cancelled request `id` (notifications/cancelled). A tools/call
  // running with that id is stopped and one still to come is skipped; neither is answered, as
  // the specification asks.
  void cancel(const json& request_id);

  // The negotiated protocol version; empty before initialize.
  const std::string& protocol_version() const { return version_; }

 private:
  std::optional<json> handle_message(const json& value);
  json dispatch(const Request& request);
  json initialize(const json& params);
  json tools_call(const Request& request);

  SessionInfo info_;
  std::string version_;
  StuckResponder stuck_;

  std::mutex cancel_mu_;
  std::optional<json> running_id_;  // the tools/call in progress
  std::stop_source running_stop_;
  std::deque<json> cancelled_;  // ids cancelled before their call began (the newest 256)
};

}  // namespace llmos::mcp
