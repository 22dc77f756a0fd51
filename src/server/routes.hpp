#pragma once
// The routes of `llmos serve` (CONTRACT §7):
//   GET  /api/status        the kernel status (§6), plus the worker pool's figures under "server"
//   POST /api/execute       run an artifact: the result (§2) with 200, or 400/413/415/503 + error
//   GET  /api/openapi.json  an OpenAPI 3 description of the API
//   GET  /                  the code executor page          GET /test  the seed's test page
//   GET  /static/...        the pages' scripts and styles (embedded in the binary)
// A known path with another method is 405 (with Allow); an unknown path is 404 (JSON under /api).
#include <httplib.h>

#include <string>

#include "server/execution_service.hpp"
#include "server/request_validation.hpp"

namespace llmos::server {

struct RouteContext {
  ExecutionService* executions = nullptr;
  RequestLimits limits;
  std::size_t max_body_bytes = std::size_t{16} << 20;
  std::string bound_host;  // for the Host header check
};

void register_api_routes(httplib::Server& server, const RouteContext& context);
void register_page_routes(httplib::Server& server);
// 404/405/413/500 and every error httplib answers by itself, as JSON under /api.
void register_error_handlers(httplib::Server& server, const RouteContext& context);

}  // namespace llmos::server
