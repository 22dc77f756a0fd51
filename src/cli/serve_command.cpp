#include "cli/serve_command.hpp"

#include "cli/data_dir.hpp"
#include "server/server.hpp"

namespace llmos::cli {

int serve_command(const ServeArgs& args) {
  server::ServerConfig config;
  config.host = args.host;
  config.port = args.port;
  config.data_dir = resolve_data_dir(args.data_dir);
  config.workers = static_cast<std::size_t>(args.workers);
  config.queue = static_cast<std::size_t>(args.queue);
  config.max_body_bytes = static_cast<std::size_t>(args.max_body_mb) << 20;
  return server::serve(config);
}

}  // namespace llmos::cli
