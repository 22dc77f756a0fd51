#pragma once
#include <cstdint>
#include <string>

namespace llmos::cli {

struct ServeArgs {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string data_dir;
  int workers = 0;  // 0: one per hardware thread
  int queue = 0;    // 0: 64 per worker
  std::string isolation = "process";  // JavaScript in sandboxed worker processes, or "none"
  std::int64_t max_body_mb = 16;
  std::string llm_url;    // options.fix's default model; default $LLMOS_LLM_URL
  std::string llm_model;  // default $LLMOS_LLM_MODEL
};

// `llmos serve`: returns the exit code (0 after SIGTERM/SIGINT).
int serve_command(const ServeArgs& args);

}  // namespace llmos::cli
