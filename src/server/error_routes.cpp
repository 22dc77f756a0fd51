#include <exception>
#include <string>

#include "server/http_util.hpp"
#include "server/routes.hpp"
#include "server/static_assets.hpp"

namespace llmos::server {
namespace {

// The methods a known path answers, or "" for an unknown path.
std::string allowed_methods(const std::string& path) {
  if (path == "/api/execute") return "POST, OPTIONS";
  if (path == "/api/status" || find_static_asset(path)) return "GET, HEAD, OPTIONS";
  return "";
}

void method_not_allowed(const httplib::Request& req, httplib::Response& res) {
  const std::string allow = allowed_methods(req.path);
  if (allow.empty()) {
    res.status = 404;  // the error handler writes the body
    return;
  }
  res.set_header("Allow", allow);
  send_json_error(res, 405, req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
}

const char* reason(int status) {
  switch (status) {
    case 400: return "the request is malformed";
    case 404: return "not found";
    case 408: return "the request took too long to arrive";
    case 413: return "the request body is too large";
    case 414: return "the request URI is too long";
    case 416: return "the requested range cannot be satisfied";
    default: return "the request failed";
  }
}

}  // namespace

void register_error_handlers(httplib::Server& server, const RouteContext& context) {
  const RouteContext* ctx = &context;
  server.Post("/.*", method_not_allowed);
  server.Put("/.*", method_not_allowed);
  server.Patch("/.*", method_not_allowed);
  server.Delete("/.*", method_not_allowed);
  server.Options("/.*", [](const httplib::Request& req, httplib::Response& res) {
    const std::string allow = allowed_methods(req.path);
    if (allow.empty()) {
      res.status = 404;
      return;
    }
    res.set_header("Allow", allow);
    res.status = 204;
  });

  // Answers httplib gives without a handler's body (no route, a body over the limit, a
  // malformed request): JSON under /api, a short text elsewhere.
  server.set_error_handler([ctx](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = reason(res.status);
    if (res.status == 413)
      message = "the request body is larger than the limit of " +
                std::to_string(ctx->max_body_bytes >> 20) + " MB (llmos serve --max-body-mb)";
    if (res.status == 404) message = "no such path: " + req.path;
    if (req.path.rfind("/api/", 0) == 0 || res.status == 413) {
      send_json_error(res, res.status, message);
    } else {
      res.set_header("Content-Security-Policy", kDataCsp);
      res.set_content(std::to_string(res.status) + " " + message + "\n", "text/plain; charset=utf-8");
    }
  });

  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    send_json_error(res, 500, "internal error of llmos: " + what);
  });
}

}  // namespace llmos::server
