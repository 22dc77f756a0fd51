#pragma once
// `llmos mcp`: the MCP server over standard input and output (newline-delimited JSON-RPC).
#include <cstddef>
#include <string>

namespace llmos::mcp {

struct StdioServerConfig {
  std::string data_dir;        // resolved; the kernel's data dir (LLMOS.storage)
  std::string server_version;  // serverInfo.version
  // JavaScript in sandboxed worker processes (a stuck or crashing artifact costs its worker, not
  // the server), or in this process (a stuck one ends the server after its answer).
  bool process_isolation = true;
  // A line longer than this is answered with an error and skipped (the server goes on).
  std::size_t max_message_bytes = std::size_t{16} << 20;
};

// Boots the kernel, then answers messages from standard input until it ends. Only protocol
// messages go to standard output: anything else the process writes there is sent to standard
// error. Returns 0 at the end of input, 3 when the kernel cannot run JavaScript.
int run_stdio_server(const StdioServerConfig& config);

}  // namespace llmos::mcp
