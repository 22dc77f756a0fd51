#pragma once
// Small helpers shared by the routes: JSON errors, security headers.
#include <httplib.h>

#include <string>
#include <string_view>

namespace llmos::server {

// `{"error":{"message":"..."}}` with `status` (CONTRACT §7).
void send_json_error(httplib::Response& res, int status, std::string_view message);
void send_json(httplib::Response& res, int status, std::string body);

// The Content-Security-Policy of the pages: their own scripts and styles only, images from
// themselves or data: URLs (artifact images), frames only for the artifact's srcdoc DOM.
inline constexpr const char* kPageCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
// Everything that is not a page: nothing may run or load from it.
inline constexpr const char* kDataCsp = "default-src 'none'; frame-ancestors 'none'";

// Whether the request's Host header names this server when it listens on a loopback address:
// a web page on another site cannot reach the API through a DNS name rebound to 127.0.0.1.
bool host_allowed(const httplib::Request& req, std::string_view bound_host);

// Whether `content_type` is application/json (parameters such as charset allowed).
bool is_json_content_type(std::string_view content_type);

// Whether a browser sent the request: browsers add Origin to every cross-site POST and the
// Sec-Fetch-* headers to every request, and page scripts cannot remove them. Other clients
// (curl, scripts) send neither.
bool sent_by_browser(const httplib::Request& req);

}  // namespace llmos::server
