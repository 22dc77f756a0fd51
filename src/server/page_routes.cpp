#include "server/http_util.hpp"
#include "server/routes.hpp"
#include "server/static_assets.hpp"

namespace llmos::server {
namespace {

// Whether `if_none_match` (a list of ETags, or *) names `etag`.
bool etag_matches(const std::string& if_none_match, std::string_view etag) {
  return if_none_match == "*" || if_none_match.find(etag) != std::string::npos;
}

void serve_asset(const StaticAsset& asset, const httplib::Request& req, httplib::Response& res) {
  res.set_header("ETag", std::string(asset.etag));
  res.set_header("Cache-Control", "no-cache");  // revalidate: a new llmos may serve new pages
  const bool page = asset.content_type.rfind("text/html", 0) == 0;
  res.set_header("Content-Security-Policy", page ? kPageCsp : kDataCsp);
  if (etag_matches(req.get_header_value("If-None-Match"), asset.etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type).c_str());
}

}  // namespace

void register_page_routes(httplib::Server& server) {
  // Every other GET: an embedded asset, or 404 (the error handler writes the body).
  server.Get("/.*", [](const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/api/execute") {
      res.set_header("Allow", "POST, OPTIONS");
      send_json_error(res, 405, req.method + " is not allowed on /api/execute (allowed: POST, OPTIONS)");
    } else if (const StaticAsset* asset = find_static_asset(req.path)) {
      serve_asset(*asset, req, res);
    } else {
      res.status = 404;
    }
  });
}

}  // namespace llmos::server
