#include "engine/output_capture.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace llmos::engine {

void OutputCapture::write(Stream s, std::string text) {
  Channel& ch = s == Stream::kLog ? logs_ : stderr_;
  if (ch.truncated) return;
  // Each entry costs its JSON framing too (quotes, comma): thirty million empty console.log()
  // calls were 90 MB of result under a "1 MB" cap.
  constexpr std::size_t kEntryOverhead = 3;
  if (ch.bytes + text.size() + kEntryOverhead > ch.cap) {
    const std::size_t room = ch.cap - std::min(ch.cap, ch.bytes + kEntryOverhead);
    text.resize(utf8::safe_prefix(text, room));
    ch.truncated = true;
    text += std::string(text.empty() ? "" : "\n") + "[llmos: output truncated: more than " + std::to_string(ch.cap) +
            " bytes]";
  }
  ch.bytes += text.size() + kEntryOverhead;
  if (listener_) listener_(s, text);
  ch.entries.push_back(std::move(text));
}

}  // namespace llmos::engine
