#include "kernel/web/text_codec.hpp"

#include <gtest/gtest.h>

#include <string>

namespace llmos::kernel {
namespace {

std::string decode_all(std::string_view bytes) {
  Utf8Decoder d;
  std::string out;
  EXPECT_TRUE(d.decode(bytes, true, false, out));
  return out;
}

const std::string kFffd = "\xEF\xBF\xBD";

TEST(Utf8Decoder, ReplacesAsTheEncodingStandardSays) {
  EXPECT_EQ(decode_all("plain"), "plain");
  EXPECT_EQ(decode_all("\x80\x80"), kFffd + kFffd);                 // each stray continuation byte
  EXPECT_EQ(decode_all("\xE2\x82" "A"), kFffd + "A");               // a cut sequence, then the byte that cut it
  EXPECT_EQ(decode_all("\xED\xA0\x80"), kFffd + kFffd + kFffd);     // an encoded surrogate
  EXPECT_EQ(decode_all("\xC0\xAF"), kFffd + kFffd);                 // an overlong form
  EXPECT_EQ(decode_all("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);  // past U+10FFFF
  EXPECT_EQ(decode_all("\xF0\x9F\x98"), kFffd);                     // cut off by the end
}

TEST(Utf8Decoder, JoinsACharacterSplitAcrossChunks) {
  const std::string clef = "\xF0\x9D\x84\x9E";
  for (std::size_t cut = 0; cut <= clef.size(); ++cut) {
    Utf8Decoder d;
    std::string out;
    ASSERT_TRUE(d.decode(std::string_view(clef).substr(0, cut), false, true, out));
    ASSERT_TRUE(d.decode(std::string_view(clef).substr(cut), true, true, out));
    EXPECT_EQ(out, clef) << "cut at " << cut;
  }
}

TEST(Utf8Decoder, FatalStopsAtTheFirstError) {
  Utf8Decoder d;
  std::string out;
  EXPECT_FALSE(d.decode("ok\xFF", true, true, out));
  Utf8Decoder cut;
  std::string rest;
  EXPECT_TRUE(cut.decode("\xE2\x82", false, true, rest));
  EXPECT_FALSE(cut.decode("", true, true, rest));
}

}  // namespace
}  // namespace llmos::kernel
