// The supervisor's pure parts: the code block taken from a reply, the prompt, and the loop with
// a scripted model instead of HTTP.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "supervisor/code_block.hpp"
#include "supervisor/error_context.hpp"
#include "supervisor/fix_loop.hpp"
#include "supervisor/fix_report.hpp"

namespace llmos::supervisor {
namespace {

TEST(CodeBlock, FirstFencedBlockWithOrWithoutTag) {
  EXPECT_EQ(extract_code("Here:\n```js\nlet a = 1;\na\n```\nthen ```x```"), "let a = 1;\na");
  EXPECT_EQ(extract_code("```javascript\n1\n```\n```js\n2\n```"), "1");
  EXPECT_EQ(extract_code("```python\nprint(1)\n```"), "print(1)");
  EXPECT_EQ(extract_code("```\nx\n```"), "x");
  EXPECT_EQ(extract_code("text\n```js\nunclosed;\n"), "unclosed;");
}

TEST(CodeBlock, WholeReplyWithoutFence) {
  EXPECT_EQ(extract_code("  const a = 1;\n"), "const a = 1;");
  EXPECT_EQ(extract_code(""), "");
  EXPECT_EQ(extract_code("a `inline` b"), "a `inline` b");
}

TEST(ErrorContext, PromptHoldsCodeErrorLineAndHistory) {
  RunResult r;
  ErrorInfo e;
  e.name = "TypeError";
  e.message = "TypeError: not a function";
  e.line = 2;
  e.column = 5;
  r.error = e;
  r.logs = {"hello"};
  const ErrorContext c = capture_error_context("let f = 1;\nf();\n", executor::Language::kJavaScript, r, 2, 3,
                                               {{"old code", "Error: old"}});
  const auto messages = build_fix_messages(c);
  ASSERT_EQ(messages.size(), 2u);
  const std::string& u = messages[1].content;
  EXPECT_NE(u.find("TypeError: not a function"), std::string::npos);
  EXPECT_NE(u.find("At line 2, column 5: f();"), std::string::npos);
  EXPECT_NE(u.find("```javascript\nlet f = 1;\nf();\n```"), std::string::npos);
  EXPECT_NE(u.find("hello"), std::string::npos);
  EXPECT_NE(u.find("Error: old"), std::string::npos);
  EXPECT_NE(u.find("Attempt 2 of 3"), std::string::npos);
}

TEST(FixLoop, RepairsWithAScriptedModel) {
  int calls = 0;
  std::vector<int> progress;
  const FixOutcome out = execute_with_fix(
      "nope + 1", executor::Language::kJavaScript, {}, 3,
      [&](const ErrorContext& c) -> Result<std::string> {
        ++calls;
        EXPECT_EQ(c.code, "nope + 1");
        return std::string("```js\n40 + 2\n```");
      },
      [&](int n, int max) {
        progress.push_back(n);
        EXPECT_EQ(max, 3);
      });
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(progress, std::vector<int>{2});
  EXPECT_EQ(out.status, FixStatus::kRepaired);
  ASSERT_EQ(out.attempts.size(), 2u);
  EXPECT_TRUE(out.final.result.success);
  const auto j = nlohmann::json::parse(fix_result_json(out));
  EXPECT_EQ(j["output"], 42);
  EXPECT_EQ(j["attempts"].size(), 2u);
  EXPECT_EQ(j["attempts"][0]["error"]["name"], "ReferenceError");
  EXPECT_TRUE(j["attempts"][1]["error"].is_null());
  EXPECT_EQ(j["fix"]["status"], "repaired");
}

TEST(FixLoop, ModelErrorKeepsTheOriginalFailure) {
  const FixOutcome out = execute_with_fix("throw new Error('x')", executor::Language::kJavaScript, {}, 3,
                                          [](const ErrorContext&) -> Result<std::string> {
                                            return Error{"the model could not be reached"};
                                          });
  EXPECT_EQ(out.status, FixStatus::kModelError);
  EXPECT_EQ(out.attempts.size(), 1u);
  ASSERT_TRUE(out.final.result.error);
  EXPECT_EQ(out.final.result.error->message, "Error: x");
}

TEST(FixLoop, AtMostNExecutions) {
  int calls = 0;
  const FixOutcome out = execute_with_fix("throw 0", executor::Language::kJavaScript, {}, 4,
                                          [&](const ErrorContext&) -> Result<std::string> {
                                            return "throw " + std::to_string(++calls);
                                          });
  EXPECT_EQ(out.status, FixStatus::kGaveUp);
  EXPECT_EQ(out.attempts.size(), 4u);
  EXPECT_EQ(calls, 3);
}

TEST(ChatClient, RefusesBadUrls) {
  EXPECT_FALSE(check_base_url("ftp://x").empty());
  EXPECT_FALSE(check_base_url("http://").empty());
  EXPECT_FALSE(check_base_url("http://a b").empty());
  EXPECT_TRUE(check_base_url("https://host/v1").empty());
  ChatConfig config;
  config.base_url = "nope";
  const auto r = complete_chat(config, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("http://"), std::string::npos);
}

}  // namespace
}  // namespace llmos::supervisor
