#pragma once
#include <string>

namespace llmos::cli {

struct McpArgs {
  std::string data_dir;
  std::string isolation = "process";  // JavaScript in a sandboxed worker process, or "none"
};

// `llmos mcp`: the kernel as a Model Context Protocol server over stdio (README "MCP").
// Exit code 0 at the end of standard input, 3 when the kernel cannot run JavaScript.
int mcp_command(const McpArgs& args, const std::string& version);

}  // namespace llmos::cli
