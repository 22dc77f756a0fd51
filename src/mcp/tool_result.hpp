#pragma once
// Results as MCP tool results (CallToolResult): a text summary for the model to read, images as
// image content, and the contract's JSON object (CONTRACT §2, §6) as structuredContent.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/run_result.hpp"
#include "executor/kernel_status.hpp"
#include "mcp/json_rpc.hpp"

namespace llmos::mcp {

// The text item: success or failure, output, logs, stderr, the error with its line:column and
// the source line it points at, and a count of the images and whether there is DOM.
std::string summarize(const RunResult& result, std::string_view code);

// { content: [text, images...], structuredContent (when `structured`), isError: !success }.
json run_result_to_tool_result(const RunResult& result, std::string_view code, bool structured);

json kernel_status_to_tool_result(const executor::KernelStatus& status, bool structured);

}  // namespace llmos::mcp
