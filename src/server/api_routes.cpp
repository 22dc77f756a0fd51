#include <string>
#include <variant>

#include "executor/executor.hpp"
#include "server/connection_guard.hpp"
#include "server/http_util.hpp"
#include "server/routes.hpp"

namespace llmos::server {
namespace {

std::string server_stats_json(const WorkerPool::Stats& s) {
  return "{\"workers\":" + std::to_string(s.workers) + ",\"busy\":" + std::to_string(s.busy) +
         ",\"queued\":" + std::to_string(s.queued) + ",\"queueCapacity\":" + std::to_string(s.capacity) +
         ",\"stuckWorkers\":" + std::to_string(s.abandoned) + ",\"executions\":" + std::to_string(s.completed) +
         ",\"rejected\":" + std::to_string(s.rejected) + "}";
}

void handle_status(const RouteContext& ctx, httplib::Response& res) {
  std::string body = executor::get_kernel_status().to_json();
  // The kernel's object, extended with the server's own figures.
  if (!body.empty() && body.back() == '}') {
    body.pop_back();
    body += ",\"server\":" + server_stats_json(ctx.executions->stats()) + "}";
  }
  send_json(res, 200, std::move(body));
}

void handle_execute(const RouteContext& ctx, const httplib::Request& req, const std::string& body,
                    httplib::Response& res) {
  // The request has arrived: the time the artifact runs does not count against the connection's
  // deadline for sending it.
  ConnectionGuard::request_received();
  // A page on another site can post a text/plain or form body (or an untyped Blob) without a
  // CORS preflight, so a browser must say application/json, which needs the preflight llmos
  // never grants. Other clients (`curl -d`, a script that forgets the header) cannot be such a
  // page, and their body is read as JSON whatever its label.
  if (!body.empty() && sent_by_browser(req) &&
      !is_json_content_type(req.get_header_value("Content-Type"))) {
    send_json_error(res, 415,
                    "the request body must be sent with Content-Type: application/json (got '" +
                        req.get_header_value("Content-Type") + "')");
    return;
  }
  auto parsed = parse_execute_request(body, ctx.limits);
  if (auto* err = std::get_if<RequestError>(&parsed)) {
    send_json_error(res, err->status, err->message);
    return;
  }
  ExecutionService::Outcome out =
      ctx.executions->run(std::move(std::get<ExecuteRequest>(parsed)), [] { return ConnectionGuard::client_gone(); });
  if (!out.result_json) {
    res.set_header("Retry-After", "1");
    send_json_error(res, 503, out.refused);
    return;
  }
  send_json(res, 200, std::move(*out.result_json));
}

}  // namespace

void register_api_routes(httplib::Server& server, const RouteContext& context) {
  // `context` outlives the server's routes (serve() owns both).
  const RouteContext* ctx = &context;
  server.Get("/api/status", [ctx](const httplib::Request&, httplib::Response& res) { handle_status(*ctx, res); });
  // The body is read here, capped as it arrives: httplib limits a body with a Content-Length
  // (set_payload_max_length) but reads a chunked one whole, however large.
  server.Post("/api/execute", [ctx](const httplib::Request& req, httplib::Response& res,
                                    const httplib::ContentReader& read_body) {
    std::string body;
    bool too_large = false;
    read_body([&](const char* data, std::size_t n) {
      if (body.size() + n > ctx->max_body_bytes) {
        too_large = true;
        return false;
      }
      body.append(data, n);
      return true;
    });
    if (too_large || res.status == 413) {
      res.set_header("Connection", "close");  // the rest of the body is never read
      res.status = 413;                        // the error handler words it
      return;
    }
    handle_execute(*ctx, req, body, res);
  });
}

}  // namespace llmos::server
