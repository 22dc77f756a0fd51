#pragma once
#include <quickjs.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace llmos::kernel {

// The UTF-8 decoder of the WHATWG Encoding standard, streaming: each invalid or cut-off
// sequence becomes one U+FFFD (or, when fatal, an error), exactly where browsers put them.
class Utf8Decoder {
 public:
  // Appends the decoded text (as UTF-8) to `out`; false on the first error when `fatal`.
  // `flush`: the input ends here (a pending partial sequence is an error).
  bool decode(std::string_view bytes, bool flush, bool fatal, std::string& out);
  void reset() { *this = Utf8Decoder(); }

 private:
  bool error(bool fatal, std::string& out);
  int needed_ = 0, seen_ = 0;
  std::uint8_t lower_ = 0x80, upper_ = 0xBF;
  char32_t cp_ = 0;
};

// TextEncoder and TextDecoder (UTF-8, as the Encoding standard gives them), constructors for
// the global object.
JSValue js_text_encoder(JSContext* c, JSValueConst new_target, int argc, JSValueConst* argv);
JSValue js_text_decoder(JSContext* c, JSValueConst new_target, int argc, JSValueConst* argv);

}  // namespace llmos::kernel
