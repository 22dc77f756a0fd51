#include "server/server.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <httplib.h>
#include <sys/socket.h>

#include "executor/boot.hpp"
#include "executor/executor.hpp"
#include "server/execution_service.hpp"
#include "server/http_util.hpp"
#include "server/request_log.hpp"
#include "server/routes.hpp"
#include "server/shutdown_signals.hpp"

namespace llmos::server {
namespace {

std::string url_of(const std::string& host, int port) {
  const bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

void configure(httplib::Server& svr, const ServerConfig& config, std::size_t connection_threads) {
  svr.new_task_queue = [connection_threads] { return new httplib::ThreadPool(connection_threads); };
  svr.set_payload_max_length(config.max_body_bytes);
  svr.set_read_timeout(config.read_timeout_s, 0);
  svr.set_write_timeout(config.write_timeout_s, 0);
  svr.set_keep_alive_timeout(config.keep_alive_timeout_s);
  svr.set_keep_alive_max_count(1000);
  svr.set_tcp_nodelay(true);
  // SO_REUSEADDR (a restart may bind while old connections linger), but not httplib's default
  // SO_REUSEPORT, with which a second server would silently share the port.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  svr.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                           {"Referrer-Policy", "no-referrer"},
                           {"X-Frame-Options", "DENY"}});
  svr.set_logger(log_request);
}

}  // namespace

int serve(const ServerConfig& config) {
  httplib::Server svr;
  // Before any thread starts (the kernel's boot, the pools): they all inherit the blocked mask.
  ShutdownSignals signals([&svr](int signo, int count) {
    const char* name = signo == SIGINT ? "SIGINT" : "SIGTERM";
    if (count == 1) {
      std::fprintf(stderr, "llmos: %s: stopping; finishing the requests in flight (send it again to quit now)\n", name);
      svr.stop();
    } else {
      std::fprintf(stderr, "llmos: %s again: quitting now\n", name);
      std::fflush(nullptr);
      std::_Exit(128 + signo);
    }
  });

  executor::BootConfig boot;
  boot.data_dir = config.data_dir;
  executor::boot_kernel(boot);
  const executor::KernelStatus status = executor::get_kernel_status();
  if (!executor::is_kernel_ready()) {
    std::fprintf(stderr, "llmos: the kernel cannot run JavaScript (status %s)\n", status.status.c_str());
    for (const auto& p : status.problems) std::fprintf(stderr, "  - %s\n", p.c_str());
    return 3;
  }

  if (config.process_isolation) {
    // One worker process per execution slot, started now so the first request finds them ready.
    executor::enable_js_workers({.workers = config.workers});
  } else {
    // Sandboxes built ahead of requests and destroyed after them, off the request path.
    executor::ContextPoolOptions pool_options;
    pool_options.max_ready = std::max<std::size_t>(4, 4 * config.workers);
    executor::enable_context_pool(pool_options);
  }

  ExecutionConfig exec_config;
  exec_config.workers = config.workers;
  exec_config.queue_capacity = config.queue;
  exec_config.process_isolation = config.process_isolation;
  exec_config.data_dir = executor::process_kernel()->data_dir();
  exec_config.llm_url = config.llm_url;
  exec_config.llm_model = config.llm_model;
  exec_config.llm_api_key = config.llm_api_key;
  ExecutionService executions(exec_config);
  const WorkerPool::Stats pool = executions.stats();

  RouteContext context;
  context.executions = &executions;
  context.limits = config.limits;
  context.limits.default_llm_url = config.llm_url;
  context.max_body_bytes = config.max_body_bytes;
  context.bound_host = config.host;

  // One connection thread per request that may be running or waiting, and room for idle
  // keep-alive connections (a browser holds several) and for status and page requests.
  configure(svr, config, pool.workers + pool.capacity + 32);
  svr.set_pre_routing_handler([&context](const httplib::Request& req, httplib::Response& res) {
    mark_request_start();
    if (host_allowed(req, context.bound_host)) return httplib::Server::HandlerResponse::Unhandled;
    send_json_error(res, 403, "the Host header '" + req.get_header_value("Host") +
                                  "' does not name this server (llmos serve listens on " + context.bound_host + ")");
    return httplib::Server::HandlerResponse::Handled;
  });
  register_api_routes(svr, context);
  register_page_routes(svr);
  register_error_handlers(svr, context);

  int port = config.port;
  errno = 0;
  if (port == 0) {
    port = svr.bind_to_any_port(config.host);
    if (port < 0) port = -1;
  } else if (!svr.bind_to_port(config.host, port)) {
    port = -1;
  }
  if (port < 0) {
    const int err = errno;
    std::fprintf(stderr, "llmos: cannot listen on %s:%d%s%s\n", config.host.c_str(), config.port,
                 err ? ": " : "", err ? std::strerror(err) : "");
    executions.shutdown();
    return 2;
  }
  std::fprintf(stderr, "llmos: serving on %s\n", url_of(config.host, port).c_str());
  std::fprintf(stderr,
               "llmos: kernel %s (booted in %.1f ms; javascript %s, python %s), %zu workers, "
               "queue %zu, JavaScript isolation %s, data dir %s; Ctrl+C stops\n",
               status.status.c_str(), status.boot_duration_ms, status.javascript.c_str(), status.python.c_str(),
               pool.workers, pool.capacity, config.process_isolation ? "process" : "none",
               exec_config.data_dir.c_str());
  std::fflush(stderr);

  const bool listened = svr.listen_after_bind();  // returns after stop(), once in-flight requests end
  const std::size_t stuck = executions.shutdown();
  if (stuck > 0) {
    // Threads stuck in native code cannot be joined: leave without running destructors under them.
    std::fprintf(stderr, "llmos: stopped (%zu executions still stuck in native code were abandoned)\n", stuck);
    std::fflush(nullptr);
    std::_Exit(0);
  }
  std::fprintf(stderr, listened ? "llmos: stopped\n" : "llmos: the server stopped unexpectedly\n");
  return listened ? 0 : 3;
}

}  // namespace llmos::server
