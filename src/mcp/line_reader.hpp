#pragma once
// Newline-delimited messages from a file descriptor (the MCP stdio transport), each at most
// `max_bytes` long. A longer line is skipped as it streams in, never held in memory whole, and
// reported as kTooLong so the caller can answer it and go on with the next line.
#include <cstddef>
#include <string>

namespace llmos::mcp {

class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd };

  LineReader(int fd, std::size_t max_bytes);

  // The next line (without its "\n" or "\r\n"); kEnd at end of input or on a read error.
  // A last line without a final newline is still a line.
  Status next(std::string& line);

 private:
  // Appends what read() gives to buffer_; false at end of input or on an error.
  bool fill();
  // Drops input up to and including the next newline (keeping what follows it).
  void skip_rest_of_line();

  int fd_;
  std::size_t max_bytes_;
  std::string buffer_;
  std::size_t start_ = 0;    // where the current line begins in buffer_
  std::size_t scanned_ = 0;  // buffer_[start_, scanned_) holds no newline
  bool end_ = false;
};

}  // namespace llmos::mcp
