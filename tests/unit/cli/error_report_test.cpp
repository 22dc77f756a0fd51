#include "cli/error_report.hpp"

#include <gtest/gtest.h>

namespace llmos::cli {

TEST(ErrorReport, ShowsTheLocationAndACodeFrame) {
  ErrorInfo e{"ReferenceError", "ReferenceError: y is not defined",
              "ReferenceError: y is not defined\n    at <eval> (a.js:2:9)", 2, 3, ErrorKind::kRuntime};
  EXPECT_EQ(format_error_report(e, "const x = 10;\n  y = x + 5;\n", "a.js"),
            "ReferenceError: y is not defined\n"
            "    at a.js:2:3\n"
            "\n"
            "  1 | const x = 10;\n"
            "> 2 |   y = x + 5;\n"
            "    |   ^\n"
            "  3 | \n");
}

TEST(ErrorReport, WithoutAPositionIsJustTheMessage) {
  ErrorInfo e{"TimeoutError", "TimeoutError: execution exceeded the time limit of 5000 ms",
              "TimeoutError: execution exceeded the time limit of 5000 ms", std::nullopt, std::nullopt,
              ErrorKind::kTimeout};
  EXPECT_EQ(format_error_report(e, "x", "a.js"), "TimeoutError: execution exceeded the time limit of 5000 ms\n");
}

}  // namespace llmos::cli
