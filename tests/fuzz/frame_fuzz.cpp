// libFuzzer target for the framed pipe protocol (src/isolation/frame.hpp): a FrameDecoder with a
// small frame limit is fed a byte stream in arbitrary chunks, and must agree with a one-shot
// reference decoding of the same stream; read_frame on a file holding the stream must too.
//   input: [max frame size][split seed][repeats][stream...]
// The stream is repeated (up to 64 times) so that long streams reach the decoder's compaction of
// its consumed prefix (after 64 KiB) within libFuzzer's -max_len.
// Invariants: every frame is at most the limit; once error() is set nothing more comes out, even
// after more bytes; encode_frame of the frames so far reproduces the consumed prefix exactly;
// buffered() is what was fed minus what was consumed; what stays buffered holds no whole frame.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "isolation/frame.hpp"

namespace {

using llmos::isolation::encode_frame;
using llmos::isolation::FrameDecoder;
using llmos::isolation::kFrameHeaderBytes;

[[noreturn]] void fail(const char*) { __builtin_trap(); }

std::uint32_t header_length(std::string_view s, std::size_t at) {
  std::uint32_t n = 0;
  for (int i = 3; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
  return n;
}

// The reference: the frames of `stream` in order, and whether it stopped at an oversized header.
struct Reference {
  std::vector<std::string> frames;
  std::size_t consumed = 0;
  bool error = false;
};

Reference decode_all(std::string_view stream, std::size_t max) {
  Reference r;
  while (stream.size() - r.consumed >= kFrameHeaderBytes) {
    const std::size_t len = header_length(stream, r.consumed);
    if (len > max) {
      r.error = true;
      break;
    }
    if (stream.size() - r.consumed - kFrameHeaderBytes < len) break;
    r.frames.emplace_back(stream.substr(r.consumed + kFrameHeaderBytes, len));
    r.consumed += kFrameHeaderBytes + len;
  }
  return r;
}

struct Rng {
  std::uint32_t s;
  std::uint32_t next() {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
  }
};

// read_frame over the stream from a memory file: the same frames, then nullopt.
void check_read_frame(std::string_view stream, std::size_t max, const Reference& ref) {
  static const int fd = memfd_create("frame_fuzz", 0);
  if (fd < 0) return;
  if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0) fail("memfd reset");
  if (!llmos::isolation::write_all(fd, stream)) fail("write_all to a memfd");
  if (lseek(fd, 0, SEEK_SET) != 0) fail("memfd seek");
  for (const std::string& expected : ref.frames) {
    const std::optional<std::string> got = llmos::isolation::read_frame(fd, max);
    if (!got || *got != expected) fail("read_frame differs from the reference");
  }
  if (llmos::isolation::read_frame(fd, max)) fail("read_frame returned a frame past the end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  const std::size_t max = data[0];  // 0..255: small enough that most headers are oversized
  Rng rng{0x9e3779b9u ^ (static_cast<std::uint32_t>(data[1]) * 0x01000193u)};
  const std::size_t repeats = 1 + (data[2] & 63);
  const std::string_view piece(reinterpret_cast<const char*>(data) + 3, size - 3);
  std::string stream;
  stream.reserve(piece.size() * repeats);
  for (std::size_t i = 0; i < repeats; ++i) stream.append(piece);

  const Reference ref = decode_all(stream, max);

  FrameDecoder dec(max);
  std::string reencoded;
  std::size_t frames = 0;
  std::size_t fed = 0;
  bool saw_error = false;
  while (fed < stream.size() || fed == 0) {
    // Chunks of 0 to a few hundred bytes, sometimes one byte at a time.
    const std::uint32_t r = rng.next();
    std::size_t n = (r & 3) == 0 ? (r >> 8) % 4 : (r >> 8) % 600;
    if (n > stream.size() - fed) n = stream.size() - fed;
    dec.feed(std::string_view(stream).substr(fed, n));
    fed += n;
    while (std::optional<std::string> f = dec.next()) {
      if (saw_error) fail("a frame after error()");
      if (f->size() > max) fail("a frame over the limit");
      if (frames >= ref.frames.size() || *f != ref.frames[frames]) fail("a frame the reference does not have");
      reencoded += encode_frame(*f);
      ++frames;
    }
    if (saw_error && !dec.error()) fail("error() was cleared");
    saw_error = dec.error();
    if (!saw_error && dec.buffered() != fed - reencoded.size()) fail("buffered() is not fed - consumed");
    if (fed == stream.size()) break;
  }
  if (reencoded != std::string_view(stream).substr(0, reencoded.size()))
    fail("re-encoded frames differ from the consumed prefix");
  if (frames != ref.frames.size() || reencoded.size() != ref.consumed) fail("frames missing");
  if (dec.error() != ref.error) fail("error() differs from the reference");
  if (dec.error()) {
    // The stream cannot be trusted any more: more bytes, even a valid frame, give nothing.
    dec.feed(encode_frame(""));
    if (dec.next() || !dec.error()) fail("a frame after error()");
  }
  check_read_frame(stream, max, ref);
  return 0;
}
