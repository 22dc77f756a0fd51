#include "isolation/frame.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace llmos::isolation {
namespace {

std::uint32_t load_le32(const char* p) {
  const auto b = [p](int i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])); };
  return b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
}

bool read_exact(int fd, char* out, std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t r = ::read(fd, out + done, n - done);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    done += static_cast<std::size_t>(r);
  }
  return true;
}

}  // namespace

std::string encode_frame(std::string_view payload) {
  const auto n = static_cast<std::uint32_t>(payload.size());
  std::string out;
  out.reserve(kFrameHeaderBytes + payload.size());
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  out.append(payload);
  return out;
}

std::optional<std::string> FrameDecoder::next() {
  if (error_ || buffered() < kFrameHeaderBytes) return std::nullopt;
  const std::size_t len = load_le32(buf_.data() + pos_);
  if (len > max_) {
    error_ = true;
    return std::nullopt;
  }
  if (buffered() < kFrameHeaderBytes + len) return std::nullopt;
  std::string frame = buf_.substr(pos_ + kFrameHeaderBytes, len);
  pos_ += kFrameHeaderBytes + len;
  // Compact once the consumed prefix dominates, so a long stream does not grow the buffer.
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ > (std::size_t{1} << 16) && pos_ * 2 > buf_.size()) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  return frame;
}

bool write_all(int fd, std::string_view bytes, bool socket) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t w = socket ? ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL)
                             : ::write(fd, bytes.data() + done, bytes.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    done += static_cast<std::size_t>(w);
  }
  return true;
}

bool write_frame(int fd, std::string_view payload, bool socket) {
  if (payload.size() > 0xffffffffu) return false;
  return write_all(fd, encode_frame(payload), socket);
}

std::optional<std::string> read_frame(int fd, std::size_t max_frame) {
  char header[kFrameHeaderBytes];
  if (!read_exact(fd, header, sizeof header)) return std::nullopt;
  const std::size_t len = load_le32(header);
  if (len > max_frame) return std::nullopt;
  std::string out(len, '\0');
  if (len > 0 && !read_exact(fd, out.data(), len)) return std::nullopt;
  return out;
}

FrameReader::Status FrameReader::next(std::chrono::steady_clock::time_point deadline, std::string& frame,
                                      const std::stop_token& stop) {
  const std::int64_t max_wait_ms = stop.stop_possible() ? 50 : 60000;
  for (;;) {
    if (auto f = dec_.next()) {
      frame = std::move(*f);
      return Status::kFrame;
    }
    if (dec_.error()) return Status::kClosed;
    if (stop.stop_requested()) return Status::kStopped;
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) return Status::kTimeout;
    const std::int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
    pollfd p{fd_, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min(ms, max_wait_ms)));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return Status::kClosed;
    if (r == 0) continue;
    char buf[65536];
    const ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return Status::kClosed;
    dec_.feed(std::string_view(buf, static_cast<std::size_t>(n)));
  }
}

}  // namespace llmos::isolation
