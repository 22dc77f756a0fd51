#include "server/static_assets.hpp"

#include <gtest/gtest.h>

#include <string>

namespace llmos::server {
namespace {

TEST(StaticAssets, EveryPageAndScriptIsEmbedded) {
  for (const char* path : {"/", "/test", "/static/app.js", "/static/style.css", "/static/test.js",
                           "/static/editor.js", "/static/render.js", "/static/api.js",
                           "/static/examples.js", "/api/openapi.json", "/static/favicon.svg"}) {
    const StaticAsset* a = find_static_asset(path);
    ASSERT_NE(a, nullptr) << path;
    EXPECT_FALSE(a->body.empty()) << path;
    EXPECT_EQ(a->etag.size(), 18u) << path;  // 16 hex digits in quotes
  }
  EXPECT_EQ(find_static_asset("/nope"), nullptr);
  EXPECT_EQ(find_static_asset("/static/"), nullptr);
}

TEST(StaticAssets, ContentTypes) {
  EXPECT_EQ(find_static_asset("/")->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(find_static_asset("/static/app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(find_static_asset("/static/style.css")->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(find_static_asset("/api/openapi.json")->content_type, "application/json");
}

TEST(StaticAssets, PagesHaveNoInlineScriptsOrHandlers) {
  for (const char* path : {"/", "/test"}) {
    const std::string html(find_static_asset(path)->body);
    EXPECT_EQ(html.find("<script>"), std::string::npos) << path;
    EXPECT_EQ(html.find(" onclick="), std::string::npos) << path;
    EXPECT_EQ(html.find(" onload="), std::string::npos) << path;
    EXPECT_EQ(html.find("http://"), std::string::npos) << path;   // no CDN, no external fonts
    EXPECT_EQ(html.find("https://"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace llmos::server
