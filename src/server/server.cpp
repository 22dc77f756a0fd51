#include "server/server.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <chrono>
#include <string>
#include <thread>

#include <httplib.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "executor/boot.hpp"
#include "executor/executor.hpp"
#include "server/connection_guard.hpp"
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

void configure(httplib::Server& svr, const ServerConfig& config, std::size_t connection_threads,
               socket_t* listening) {
  // A thread for each open connection (httplib serves a connection on one thread until it
  // closes): `connection_threads` kept ready, more started on demand up to
  // `config.max_connections`. With httplib's fixed ThreadPool, a few dozen idle or slow
  // connections (spare keep-alive sockets of browsers, scanners, a slowloris) held every thread
  // while real requests queued behind them for seconds each (tests/server/reliability_test.py).
  const std::size_t max_threads = std::max(connection_threads, config.max_connections);
  svr.new_task_queue = [connection_threads, max_threads] {
    return new ConnectionThreads(connection_threads, max_threads);
  };
  svr.set_payload_max_length(config.max_body_bytes);
  svr.set_read_timeout(config.read_timeout_s, 0);
  svr.set_write_timeout(config.write_timeout_s, 0);
  svr.set_keep_alive_timeout(config.keep_alive_timeout_s);
  svr.set_keep_alive_max_count(1000);
  svr.set_tcp_nodelay(true);
  // SO_REUSEADDR (a restart may bind while old connections linger), but not httplib's default
  // SO_REUSEPORT, with which a second server would silently share the port.
  svr.set_socket_options([listening](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    *listening = sock;  // called for the listening socket only, before its bind and listen
  });
  svr.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                           {"Referrer-Policy", "no-referrer"},
                           {"X-Frame-Options", "DENY"}});
  // The guard's deadlines (connection_guard.hpp): the handler ran (the body was read), then the
  // response was written and the next request's head is due.
  svr.set_post_routing_handler([](const httplib::Request&, httplib::Response&) { ConnectionGuard::request_received(); });
  svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    log_request(req, res);
    ConnectionGuard::response_sent();
  });
}

std::size_t content_length(const httplib::Request& req) {
  const std::string v = req.get_header_value("Content-Length");
  return v.empty() ? 0 : static_cast<std::size_t>(std::strtoull(v.c_str(), nullptr, 10));
}

}  // namespace

int serve(const ServerConfig& config) {
  // A request's head must arrive within request_timeout_s of the connection opening (or of the
  // previous response), its body within request_timeout_s plus 1 s per 64 KB: httplib's read
  // timeout is per read, so a client sending a byte a second would otherwise hold its
  // connection (and thread) for ever. Declared before the server, whose threads use it.
  ConnectionGuard::Limits guard_limits;
  guard_limits.head_timeout = std::chrono::seconds(config.request_timeout_s);
  guard_limits.body_timeout = std::chrono::seconds(config.request_timeout_s);
  ConnectionGuard guard(guard_limits);
  GuardedServer svr(guard);
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
    executor::enable_js_workers(
        {.workers = config.workers,
         .max_memory_bytes = static_cast<std::size_t>(config.limits.max_memory_limit_mb) << 20});
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
  socket_t listening = INVALID_SOCKET;
  configure(svr, config, pool.workers + pool.capacity + 32, &listening);
  svr.set_pre_routing_handler([&context](const httplib::Request& req, httplib::Response& res) {
    mark_request_start();
    ConnectionGuard::head_received(content_length(req));
    // Only POST /api/execute reads a chunked body (capped as it arrives); any other route would
    // have httplib read it whole, unbounded, before answering.
    if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos &&
        !(req.method == "POST" && req.path == "/api/execute")) {
      res.set_header("Connection", "close");
      send_json_error(res, 411, "a body sent in chunks is read only by POST /api/execute; send it with a Content-Length");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (host_allowed(req, context.bound_host)) return httplib::Server::HandlerResponse::Unhandled;
    send_json_error(res, 403, "the Host header '" + req.get_header_value("Host") +
                                  "' does not name this server (llmos serve listens on " + context.bound_host + ")");
    return httplib::Server::HandlerResponse::Handled;
  });
  register_api_routes(svr, context);
  register_page_routes(svr);
  register_error_handlers(svr, context);

  // Each connection takes two descriptors (its socket and the guard's duplicate): raise the soft
  // limit on open files (often 1024) towards the hard one, to 65536 at most (httplib waits with
  // poll(), so numbers above FD_SETSIZE are fine).
  if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0) {
    const rlim_t want = std::min<rlim_t>(files.rlim_max, 65536);
    if (files.rlim_cur < want) {
      files.rlim_cur = want;
      setrlimit(RLIMIT_NOFILE, &files);
    }
  }

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
  // httplib 0.11 listens with a backlog of 5: a burst of new connections (a page's assets, many
  // clients at once) overflowed it, and the kernel dropped their SYNs, each retried a second or
  // more later. listen() again on the bound socket only raises the backlog.
  if (listening != INVALID_SOCKET) ::listen(listening, SOMAXCONN);
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
