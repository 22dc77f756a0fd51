#include "common/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace llmos::json {

TEST(JsonWriter, EscapesStrings) {
  EXPECT_EQ(quote("a\"b\\c\n\t\x01"), R"("a\"b\\c\n\t\u0001")");
  EXPECT_EQ(quote("\xFF"), "\"\xEF\xBF\xBD\"");  // invalid UTF-8 → U+FFFD, still valid JSON
}

TEST(JsonWriter, WritesNumbersAsJsonCan) {
  std::string out;
  append_number(out, 4);
  out += ' ';
  append_number(out, 0.1);
  out += ' ';
  append_number(out, -0.0);
  out += ' ';
  append_number(out, std::nan(""));
  out += ' ';
  append_number(out, std::numeric_limits<double>::infinity());
  out += ' ';
  append_number(out, 1e21);
  EXPECT_EQ(out, "4 0.1 0 null null 1e+21");
}

}  // namespace llmos::json
