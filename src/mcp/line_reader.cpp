#include "mcp/line_reader.hpp"

#include <cerrno>
#include <unistd.h>

namespace llmos::mcp {
namespace {
constexpr std::size_t kChunk = std::size_t{64} << 10;
}

LineReader::LineReader(int fd, std::size_t max_bytes) : fd_(fd), max_bytes_(max_bytes) {}

bool LineReader::fill() {
  if (end_) return false;
  if (start_ > 0) {  // keep only the current line
    buffer_.erase(0, start_);
    scanned_ -= start_;
    start_ = 0;
  }
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  ssize_t n = 0;
  do {
    n = ::read(fd_, buffer_.data() + old, kChunk);
  } while (n < 0 && errno == EINTR);
  buffer_.resize(old + (n > 0 ? static_cast<std::size_t>(n) : 0));
  if (n <= 0) end_ = true;
  return n > 0;
}

void LineReader::skip_rest_of_line() {
  for (;;) {
    const std::size_t nl = buffer_.find('\n', scanned_);
    if (nl != std::string::npos) {
      start_ = scanned_ = nl + 1;
      return;
    }
    buffer_.clear();
    start_ = scanned_ = 0;
    if (!fill()) return;
  }
}

LineReader::Status LineReader::next(std::string& line) {
  for (;;) {
    const std::size_t nl = buffer_.find('\n', scanned_);
    if (nl != std::string::npos) {
      std::size_t stop = nl;
      if (stop > start_ && buffer_[stop - 1] == '\r') --stop;
      if (stop - start_ > max_bytes_) {
        start_ = scanned_ = nl + 1;
        return Status::kTooLong;
      }
      line.assign(buffer_, start_, stop - start_);
      start_ = scanned_ = nl + 1;
      return Status::kLine;
    }
    scanned_ = buffer_.size();
    if (scanned_ - start_ > max_bytes_) {
      skip_rest_of_line();
      return Status::kTooLong;
    }
    if (!fill()) {
      if (start_ == buffer_.size()) return Status::kEnd;
      line.assign(buffer_, start_, std::string::npos);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      start_ = scanned_ = buffer_.size();
      return Status::kLine;
    }
  }
}

}  // namespace llmos::mcp
