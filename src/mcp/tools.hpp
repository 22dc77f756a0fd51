#pragma once
// The tools of `llmos mcp`: run_javascript, run_python and kernel_status, their JSON Schemas,
// the checks of their arguments, and their execution through the executor.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

#include "executor/executor.hpp"
#include "mcp/json_rpc.hpp"

namespace llmos::mcp {

// What the negotiated protocol version lets a tool result carry.
struct ToolFeatures {
  bool structured = true;  // outputSchema and structuredContent (protocol 2025-06-18 and later)
  executor::Isolation isolation = executor::Isolation::kProcess;  // where run_javascript runs
};

// The ranges the tools accept (as POST /api/execute, CONTRACT §7).
inline constexpr std::int64_t kMaxToolTimeoutMs = 60000;
inline constexpr std::int64_t kMaxToolMemoryMb = 1024;

struct RunArguments {
  std::string code;
  std::string artifact_id = "default";
  std::int64_t timeout_ms = 5000;
  std::int64_t memory_limit_mb = 128;
};

// The arguments of run_javascript/run_python, checked against their schema; RpcError
// (invalid params) saying what is wrong otherwise.
RunArguments parse_run_arguments(const json& arguments);

// The `tools` array of tools/list.
json list_tools(const ToolFeatures& features);

// Called from the watchdog's thread when an execution is stuck in native code past its time
// limit, with the tool result to send for it (a timeout); the execution never returns.
using StuckHandler = std::function<void(const json& tool_result)>;

// Runs a tool and returns its CallToolResult. An artifact that fails is a result with
// isError: true; an unknown tool or bad arguments throw RpcError (invalid params).
// `stop` cancels a running execution (notifications/cancelled).
json call_tool(const std::string& name, const json& arguments, const ToolFeatures& features,
               const StuckHandler& on_stuck, std::stop_token stop = {});

}  // namespace llmos::mcp
