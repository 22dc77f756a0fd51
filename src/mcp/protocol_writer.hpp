#pragma once
// The only writer of protocol messages: one JSON text and "\n" per message, whole, on a file
// descriptor of its own (stdio_server.cpp moves standard output there so that nothing else
// can write into the protocol stream). Safe to call from several threads.
#include <mutex>
#include <string>

#include "mcp/json_rpc.hpp"

namespace llmos::mcp {

class ProtocolWriter {
 public:
  explicit ProtocolWriter(int fd) : fd_(fd) {}

  // False when the peer is gone (the pipe is closed).
  bool write(const json& message);

 private:
  int fd_;
  std::mutex mutex_;
  bool broken_ = false;
};

}  // namespace llmos::mcp
