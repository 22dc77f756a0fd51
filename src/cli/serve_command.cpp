#include "cli/serve_command.hpp"

#include <cstdlib>
#include <string>

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
  config.process_isolation = args.isolation != "none";
  config.max_body_bytes = static_cast<std::size_t>(args.max_body_mb) << 20;
  const auto env = [](const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
  };
  config.llm_url = args.llm_url.empty() ? env("LLMOS_LLM_URL") : args.llm_url;
  config.llm_model = args.llm_model.empty() ? env("LLMOS_LLM_MODEL") : args.llm_model;
  config.llm_api_key = env("LLMOS_LLM_API_KEY");
  return server::serve(config);
}

}  // namespace llmos::cli
