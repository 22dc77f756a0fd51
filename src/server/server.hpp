#pragma once
// `llmos serve` (CONTRACT §7): boots the kernel, listens, serves until SIGTERM or SIGINT, then
// stops accepting, finishes the requests in flight and returns 0.
#include <cstddef>
#include <cstdint>
#include <string>

#include "server/request_validation.hpp"

namespace llmos::server {

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;                  // 0: any free port (the first line on stderr names it)
  std::string data_dir;             // resolved already (CONTRACT §1)
  std::size_t workers = 0;          // executions at once; 0: one per hardware thread
  std::size_t queue = 0;            // executions that may wait; 0: 64 per worker
  // JavaScript in sandboxed worker processes (a crash or an engine bug stays in the worker),
  // or in the server's own threads.
  bool process_isolation = true;
  std::size_t max_body_bytes = std::size_t{16} << 20;
  RequestLimits limits;
  int read_timeout_s = 10;          // a client that sends nothing for this long is dropped
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;
  // A request's head must have arrived this long after the connection opened (or after the
  // previous response on it), its body this long plus 1 s per 64 KB after its head; else the
  // connection is dropped (a client sending a byte a second is cut off).
  int request_timeout_s = 10;
  // Connections served at once (one thread each); more wait until one closes.
  std::size_t max_connections = 1024;
  // options.fix of POST /api/execute: the model used when a request names none.
  std::string llm_url;
  std::string llm_model;
  std::string llm_api_key;  // sent only to llm_url
};

// Returns the process's exit code: 0 after a clean stop, 2 when the address cannot be bound,
// 3 when the kernel cannot run JavaScript.
int serve(const ServerConfig& config);

}  // namespace llmos::server
