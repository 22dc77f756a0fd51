#pragma once
// Console output of one execution: `logs` and `stderr` entries with byte caps, and an optional
// listener that sees each entry as it happens (the CLI streams them).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace llmos::engine {

enum class Stream { kLog, kStderr };

class OutputCapture {
 public:
  using Listener = std::function<void(Stream, std::string_view)>;

  void configure(std::size_t max_log_bytes, std::size_t max_stderr_bytes) {
    logs_.cap = max_log_bytes;
    stderr_.cap = max_stderr_bytes;
  }
  void set_listener(Listener l) { listener_ = std::move(l); }

  void write(Stream s, std::string text);

  std::vector<std::string>& logs() { return logs_.entries; }
  std::vector<std::string>& stderr_lines() { return stderr_.entries; }
  bool logs_truncated() const { return logs_.truncated; }
  bool stderr_truncated() const { return stderr_.truncated; }

 private:
  struct Channel {
    std::vector<std::string> entries;
    std::size_t bytes = 0;
    std::size_t cap = std::size_t{1} << 20;
    bool truncated = false;
  };
  Channel logs_;
  Channel stderr_;
  Listener listener_;
};

}  // namespace llmos::engine
