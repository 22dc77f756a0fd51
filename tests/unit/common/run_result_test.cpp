#include "common/run_result.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace llmos {

TEST(RunResult, SerialisesEveryContractField) {
  RunResult r;
  r.success = false;
  r.error = ErrorInfo{"ReferenceError", "ReferenceError: y is not defined", "stack", 2, 3, ErrorKind::kRuntime};
  r.logs = {"a"};
  r.stderr_lines = {"b"};
  r.execution_time_ms = 1.23456;
  r.memory_used = 42;
  r.images.push_back(Image{"c1", "image/png", 2, 1, "hi"});
  EXPECT_EQ(r.to_json(),
            R"({"success":false,"output":null,"error":{"name":"ReferenceError","message":"ReferenceError: y is not defined","stack":"stack","line":2,"column":3,"kind":"runtime"},)"
            R"("logs":["a"],"stderr":["b"],"executionTime":1.235,"memoryUsed":42,"artifactId":"default","language":"javascript","dom":null,)"
            R"("images":[{"id":"c1","mime":"image/png","width":2,"height":1,"data":"aGk="}],"truncated":{"output":false,"logs":false,"stderr":false,"error":false}})");
}

TEST(RunResult, TheTimeIsAlwaysWrittenAsAFloat) {
  RunResult r;
  r.execution_time_ms = 2.0;
  EXPECT_NE(r.to_json().find("\"executionTime\":2.0,"), std::string::npos) << r.to_json();
  r.execution_time_ms = 0.0004;
  EXPECT_NE(r.to_json().find("\"executionTime\":0.0,"), std::string::npos) << r.to_json();
}

TEST(RunResult, AnImpossibleTimeIsZeroNotUndefinedBehaviour) {
  for (const double t : {std::nan(""), -5.0, HUGE_VAL, 1e300}) {
    RunResult r;
    r.execution_time_ms = t;
    EXPECT_NE(r.to_json().find("\"executionTime\":0.0,"), std::string::npos) << t << ": " << r.to_json();
  }
}

TEST(RunResult, Base64) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
}

TEST(Base64, DecodesWhatItEncodesAndRefusesTheRest) {
  EXPECT_EQ(base64_decode("").value(), "");
  EXPECT_EQ(base64_decode("aGk=").value(), "hi");
  EXPECT_EQ(base64_decode("aGVsbG8=").value(), "hello");
  EXPECT_EQ(base64_decode("YWJj").value(), "abc");
  EXPECT_EQ(base64_decode(base64_encode(std::string("\0\xff\x80", 3))).value(), std::string("\0\xff\x80", 3));
  EXPECT_FALSE(base64_decode("abc"));
  EXPECT_FALSE(base64_decode("a=bc"));
  EXPECT_FALSE(base64_decode("ab!c"));
}

}  // namespace llmos
