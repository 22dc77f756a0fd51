#include "common/utf8.hpp"

#include <gtest/gtest.h>

namespace llmos::utf8 {

TEST(Utf8, AcceptsValidText) {
  EXPECT_TRUE(is_valid(""));
  EXPECT_TRUE(is_valid("plain ascii"));
  EXPECT_TRUE(is_valid("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80"));
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(first_invalid("ab\xFF" "c"), 2u);
  EXPECT_EQ(first_invalid("\xC3"), 0u);                 // truncated sequence
  EXPECT_EQ(first_invalid("x\xC0\x80"), 1u);            // overlong NUL
  EXPECT_EQ(first_invalid("\xED\xA0\x80"), 0u);         // a surrogate (CESU-8)
  EXPECT_EQ(first_invalid("\xF4\x90\x80\x80"), 0u);     // above U+10FFFF
}

TEST(Utf8, SanitizeReplacesALoneSurrogateWithOneReplacementCharacter) {
  EXPECT_EQ(sanitize("a\xED\xA0\x80z"), "a\xEF\xBF\xBDz");
  EXPECT_EQ(sanitize("ok"), "ok");
}

TEST(Utf8, SafePrefixNeverSplitsACodePoint) {
  const std::string s = "ab\xE2\x82\xAC";  // "ab€"
  EXPECT_EQ(safe_prefix(s, 3), 2u);
  EXPECT_EQ(safe_prefix(s, 4), 2u);
  EXPECT_EQ(safe_prefix(s, 5), 5u);
  EXPECT_EQ(safe_prefix(s, 100), 5u);
}

}  // namespace llmos::utf8
