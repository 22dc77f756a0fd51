#include "engine/output_capture.hpp"

#include "common/utf8.hpp"

namespace llmos::engine {

void OutputCapture::write(Stream s, std::string text) {
  Channel& ch = s == Stream::kLog ? logs_ : stderr_;
  if (ch.truncated) return;
  if (ch.bytes + text.size() > ch.cap) {
    const std::size_t room = ch.cap - ch.bytes;
    text.resize(utf8::safe_prefix(text, room));
    ch.truncated = true;
    text += "\n[llmos: output truncated: more than " + std::to_string(ch.cap) + " bytes]";
  }
  ch.bytes += text.size();
  if (listener_) listener_(s, text);
  ch.entries.push_back(std::move(text));
}

}  // namespace llmos::engine
