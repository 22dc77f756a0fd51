#include "mcp/protocol_writer.hpp"

#include <cerrno>
#include <unistd.h>

namespace llmos::mcp {

bool ProtocolWriter::write(const json& message) {
  std::string text = serialize(message);
  text += '\n';
  const std::lock_guard<std::mutex> lock(mutex_);
  if (broken_) return false;
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd_, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      broken_ = true;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace llmos::mcp
