#include "engine/completion_rewrite.hpp"

#include <gtest/gtest.h>

namespace llmos::engine {

std::string rewritten(std::string_view src) {
  auto r = rewrite_final_object_literal(src);
  return r ? r->source : "(none)";
}

TEST(CompletionRewrite, WrapsAFinalStatementBlock) {
  EXPECT_EQ(rewritten("{ a, b }"), "({ a, b })");
  EXPECT_EQ(rewritten("x();\n{ a, b };"), "x();\n({ a, b });");
  EXPECT_EQ(rewritten("const q = f()\n{ q }"), "const q = f()\n;({ q })");
  EXPECT_EQ(rewritten("if (a) { b }\n{ c }"), "if (a) { b }\n({ c })");
}

TEST(CompletionRewrite, LeavesBlocksThatBelongToAStatement) {
  EXPECT_EQ(rewritten("if (a) { b }"), "(none)");
  EXPECT_EQ(rewritten("if (a)\n{ b }"), "(none)");
  EXPECT_EQ(rewritten("if (a) x; else { b }"), "(none)");
  EXPECT_EQ(rewritten("function f() { }"), "(none)");
  EXPECT_EQ(rewritten("function f()\n{ }"), "(none)");
  EXPECT_EQ(rewritten("class A { }"), "(none)");
  EXPECT_EQ(rewritten("class A extends B\n{ }"), "(none)");
  EXPECT_EQ(rewritten("const f = () => { a }"), "(none)");
  EXPECT_EQ(rewritten("try { a } finally { b }"), "(none)");
  EXPECT_EQ(rewritten("x = { a }"), "(none)");
  EXPECT_EQ(rewritten("label: { a }"), "(none)");
  EXPECT_EQ(rewritten("for (const k of ks) { a }"), "(none)");
}

TEST(CompletionRewrite, IgnoresBracesInStringsCommentsTemplatesAndRegexps) {
  EXPECT_EQ(rewritten("const s = '}';\n{ s }"), "const s = '}';\n({ s })");
  EXPECT_EQ(rewritten("// }\n{ a }"), "// }\n({ a })");
  EXPECT_EQ(rewritten("const t = `${ {a:1}.a }}`;\n{ t }"), "const t = `${ {a:1}.a }}`;\n({ t })");
  EXPECT_EQ(rewritten("const r = /}/;\n{ r }"), "const r = /}/;\n({ r })");
  EXPECT_EQ(rewritten("const s = '{"), "(none)");
}

TEST(CompletionRewrite, MapsPositionsBack) {
  auto r = rewrite_final_object_literal("x\n{ a }");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->line, 2);
  EXPECT_EQ(r->column, 1);
  int line = 2, col = 5;
  r->map_back(line, col);
  EXPECT_EQ(col, 3);  // ";(" was inserted before column 1
}

}  // namespace llmos::engine
