#pragma once
// The web pages of `llmos serve` (src/server/web/), embedded in the binary at build time by
// embed_web.cmake: no files to install, no front-end build step.
#include <span>
#include <string_view>

namespace llmos::server {

struct StaticAsset {
  std::string_view path;          // "/", "/test", "/static/app.js", "/api/openapi.json"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view etag;          // "\"<16 hex digits of its SHA-256>\""
  std::string_view body;
};

std::span<const StaticAsset> static_assets();

// The asset served at `path`, or null.
const StaticAsset* find_static_asset(std::string_view path);

}  // namespace llmos::server
