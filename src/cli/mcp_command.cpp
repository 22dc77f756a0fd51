#include "cli/mcp_command.hpp"

#include "cli/data_dir.hpp"
#include "mcp/stdio_server.hpp"

namespace llmos::cli {

int mcp_command(const McpArgs& args, const std::string& version) {
  mcp::StdioServerConfig config;
  config.data_dir = resolve_data_dir(args.data_dir);
  config.server_version = version;
  config.process_isolation = args.isolation != "none";
  return mcp::run_stdio_server(config);
}

}  // namespace llmos::cli
