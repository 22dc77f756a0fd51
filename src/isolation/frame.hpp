#pragma once
// The framed pipe protocol between the host and a worker: each frame is a 4-byte little-endian
// length followed by that many bytes of payload (JSON text, by convention of the users).
// A frame larger than the reader's limit is a protocol error, never an allocation.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

namespace llmos::isolation {

inline constexpr std::size_t kFrameHeaderBytes = 4;
inline constexpr std::size_t kDefaultMaxFrameBytes = std::size_t{256} << 20;

// The header and payload of one frame.
std::string encode_frame(std::string_view payload);

// Incremental decoding of a byte stream into frames (for a poll loop).
class FrameDecoder {
 public:
  explicit FrameDecoder(std::size_t max_frame = kDefaultMaxFrameBytes) : max_(max_frame) {}
  void feed(std::string_view bytes) { buf_.append(bytes); }
  // The next complete frame, or nullopt when more bytes are needed (or the stream is bad:
  // see error()).
  std::optional<std::string> next();
  // A frame announced a length over the limit: the stream cannot be trusted any more.
  bool error() const { return error_; }
  std::size_t buffered() const { return buf_.size() - pos_; }

 private:
  std::string buf_;
  std::size_t pos_ = 0;
  std::size_t max_;
  bool error_ = false;
};

// Frames from a descriptor, waiting at most until a deadline (a poll loop around FrameDecoder).
class FrameReader {
 public:
  FrameReader(int fd, std::size_t max_frame) : fd_(fd), dec_(max_frame) {}
  // kClosed: end, error or an oversized frame; kStopped: `stop` was requested first.
  enum class Status { kFrame, kTimeout, kClosed, kStopped };
  // Waits for the next frame until `deadline`; with a `stop` that can be requested, looks at it
  // every 50 ms as well.
  Status next(std::chrono::steady_clock::time_point deadline, std::string& frame,
              const std::stop_token& stop = {});
  // A whole frame already read from fd (one read can bring the next frame with this one), or
  // nullopt: never reads. A caller that stops reading drains these rather than drop them.
  std::optional<std::string> buffered() { return dec_.next(); }

 private:
  int fd_;
  FrameDecoder dec_;
};

// Blocking helpers on a file descriptor (EINTR retried). write_frame: false when the pipe is
// closed or broken. read_frame: nullopt at end of stream, on an error or an oversized frame.
// `socket`: fd is a socket and is written with MSG_NOSIGNAL, so a peer that died gives an error
// instead of SIGPIPE (the host's side; the worker writes with write(2)).
bool write_all(int fd, std::string_view bytes, bool socket = false);
bool write_frame(int fd, std::string_view payload, bool socket = false);
std::optional<std::string> read_frame(int fd, std::size_t max_frame = kDefaultMaxFrameBytes);

}  // namespace llmos::isolation
