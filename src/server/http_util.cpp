#include "server/http_util.hpp"

#include <algorithm>
#include <cctype>

#include "common/json_writer.hpp"

namespace llmos::server {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool is_loopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

// "example.com:8080" -> "example.com"; "[::1]:8080" -> "[::1]".
std::string_view strip_port(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    const auto close = host.find(']');
    return close == std::string_view::npos ? host : host.substr(0, close + 1);
  }
  const auto colon = host.rfind(':');
  return colon == std::string_view::npos ? host : host.substr(0, colon);
}

}  // namespace

void send_json(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_header("Content-Security-Policy", kDataCsp);
  res.set_content(std::move(body), "application/json");
}

void send_json_error(httplib::Response& res, int status, std::string_view message) {
  std::string body = "{\"error\":{\"message\":";
  json::append_string(body, message);
  body += "}}";
  send_json(res, status, std::move(body));
}

bool host_allowed(const httplib::Request& req, std::string_view bound_host) {
  if (!is_loopback(bound_host)) return true;  // listening on a public address: any name may be used
  if (!req.has_header("Host")) return true;   // HTTP/1.0 clients; browsers always send one
  const std::string host = lower(strip_port(req.get_header_value("Host")));
  if (is_loopback(host)) return true;
  return host.size() > 10 && host.compare(host.size() - 10, 10, ".localhost") == 0;
}

bool is_json_content_type(std::string_view content_type) {
  const std::string t = lower(content_type.substr(0, content_type.find(';')));
  const auto b = t.find_first_not_of(" \t");
  const auto e = t.find_last_not_of(" \t");
  return b != std::string::npos && t.substr(b, e - b + 1) == "application/json";
}

bool sent_by_browser(const httplib::Request& req) {
  return req.has_header("Origin") || req.has_header("Sec-Fetch-Site") ||
         req.has_header("Sec-Fetch-Mode");
}

}  // namespace llmos::server
