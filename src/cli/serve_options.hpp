#pragma once
// The flags of `llmos serve`, defined once for the `llmos` command (which validates them and
// shows their help) and for `llmos-serve` (which runs the server).
#include <CLI/CLI.hpp>

#include "cli/option_checks.hpp"
#include "cli/serve_command.hpp"

namespace llmos::cli {

inline void add_serve_options(CLI::App& serve, ServeArgs& args) {
  serve.add_option("--host", args.host, "Address to listen on")->capture_default_str();
  serve.add_option("--port", args.port, "Port to listen on; 0 picks a free one (the first line on stderr names it)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  add_data_dir_option(serve, args.data_dir);
  serve.add_option("--workers", args.workers, "Artifacts run at once (default: one per hardware thread)")
      ->check(CLI::Range(1, 1024));
  serve.add_option("--queue", args.queue, "Artifacts that may wait for a worker before requests get 503 (default: 64 per worker)")
      ->check(CLI::Range(1, 100000));
  serve.add_option("--isolation", args.isolation,
                   "JavaScript in sandboxed worker processes (process) or in the server's own threads (none)")
      ->check(CLI::IsMember({"process", "none"}))
      ->capture_default_str();
  serve.add_option("--max-body-mb", args.max_body_mb, "Largest request body in megabytes (larger: 413)")
      ->check(CLI::Range(1LL, 1024LL))
      ->capture_default_str();
  serve.add_option("--llm-url", args.llm_url,
                   "The model for options.fix of /api/execute: an OpenAI-compatible base URL (default: $LLMOS_LLM_URL)")
      ->check([](const std::string& v) {
        return v.rfind("http://", 0) == 0 || v.rfind("https://", 0) == 0 ? std::string()
                                                                          : std::string("the model URL must start with http:// or https://");
      });
  serve.add_option("--llm-model", args.llm_model, "The model's name for options.fix (default: $LLMOS_LLM_MODEL)");
}

}  // namespace llmos::cli
