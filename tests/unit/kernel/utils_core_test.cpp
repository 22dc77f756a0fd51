#include "kernel/utils/utils_core.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

namespace llmos::kernel::utils {

TEST(Uid, HasTheSeedsShapeAndIsUnique) {
  const std::regex shape("^1703012345678-[0-9a-z]{6}$");
  std::set<std::string> seen;
  for (int i = 0; i < 200000; ++i) {
    const std::string id = uid(1703012345678);
    if (i < 100) {
      EXPECT_TRUE(std::regex_match(id, shape)) << id;
    }
    EXPECT_TRUE(seen.insert(id).second) << "duplicate " << id;
  }
}

TEST(Clamp, ClampsAndRefusesAnEmptyRange) {
  EXPECT_EQ(clamp(150, 0, 100), 100);
  EXPECT_EQ(clamp(-5, 0, 100), 0);
  EXPECT_EQ(clamp(42, 0, 100), 42);
  EXPECT_FALSE(clamp(1, 10, 0).has_value());
  EXPECT_TRUE(std::isnan(*clamp(NAN, 0, 1)));
  EXPECT_FALSE(clamp(5, NAN, 10).has_value());  // a NaN bound is no range at all
  EXPECT_FALSE(clamp(5, 0, NAN).has_value());
}

TEST(Lerp, Interpolates) {
  EXPECT_EQ(lerp(0, 10, 0.5), 5);
  EXPECT_EQ(lerp(10, 20, 0), 10);
  EXPECT_EQ(lerp(10, 20, 1), 20);
  EXPECT_EQ(lerp(0, 10, 2), 20);
}

TEST(Lerp, FarApartAndInfiniteEnds) {
  EXPECT_EQ(lerp(1e308, -1e308, 0.5), 0);  // b - a overflows
  EXPECT_EQ(lerp(-1e308, 1e308, 0.25), -5e307);
  EXPECT_EQ(lerp(1, INFINITY, 0), 1);  // 0 * Infinity is NaN
  EXPECT_EQ(lerp(INFINITY, INFINITY, 0.5), INFINITY);
  EXPECT_EQ(lerp(1, INFINITY, 0.5), INFINITY);
}

}  // namespace llmos::kernel::utils
