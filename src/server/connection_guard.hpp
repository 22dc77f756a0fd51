#pragma once
// What keeps idle and slow clients from starving `llmos serve` (cpp-httplib 0.11 serves each
// connection on one thread, from the moment it is accepted until it closes).
//
// 1. ConnectionThreads, the server's task queue: a thread for every open connection, started
//    when a connection arrives and no thread is free, up to `max_threads`; threads beyond
//    `min_threads` end after a few idle seconds. httplib's own ThreadPool has a fixed size, so a
//    few dozen connections that send nothing (browsers' spare keep-alive sockets, port
//    scanners, a slowloris) held every thread and real requests waited in its queue for the
//    keep-alive timeout of each in turn.
// 2. ConnectionGuard: a deadline for each request to arrive. httplib's read timeout applies to
//    each read on its own, so a client that sends one byte per second was never dropped; the
//    guard shuts a connection's socket down when the request's head has not arrived within
//    `head_timeout` of the connection opening (or of the previous response), or its body within
//    `body_timeout` plus one second per `body_min_rate` bytes of its Content-Length. The time
//    an artifact runs and the response is written are not counted (the executions have their
//    own time limit; httplib's write timeout bounds the writes).
//
// The hooks are called on the connection's own thread (httplib calls the pre-routing handler,
// the route's handler, the post-routing handler and the logger on the thread that serves the
// connection), so each thread knows its connection without a lookup.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

#include <httplib.h>

namespace llmos::server {

class ConnectionThreads : public httplib::TaskQueue {
 public:
  ConnectionThreads(std::size_t min_threads, std::size_t max_threads,
                    std::chrono::milliseconds idle_exit = std::chrono::seconds(10));
  ~ConnectionThreads() override;
  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  struct State;

 private:
  std::shared_ptr<State> state_;
};

class ConnectionGuard {
 public:
  struct Limits {
    std::chrono::milliseconds head_timeout{15000};
    std::chrono::milliseconds body_timeout{10000};
    std::size_t body_min_rate = 64 * 1024;  // bytes per second
  };
  explicit ConnectionGuard(const Limits& limits);
  ~ConnectionGuard();
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

  // Around httplib's process_and_close_socket, on the connection's thread.
  void open(int sock);
  void close();

  // On the connection's thread; no-ops on a thread that serves no guarded connection.
  static void head_received(std::size_t content_length);  // the pre-routing handler
  static void request_received();                         // the handler runs: no deadline
  static void response_sent();                            // the next request's head is due
  // Whether the client has closed or reset the connection (or the guard cut it): its request
  // need not be answered. A client that only shuts down its sending half counts as gone too,
  // as nginx counts it; HTTP clients do not do that while they wait for a response.
  static bool client_gone();

  std::size_t dropped() const;

  struct Entry;

 private:
  void watch();
  Limits limits_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::list<std::shared_ptr<Entry>> entries_;
  std::size_t dropped_ = 0;
  bool stop_ = false;
  std::thread thread_;
};

// An httplib::Server whose connections are watched by a ConnectionGuard.
class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionGuard& guard) : guard_(guard) {}

 protected:
  bool process_and_close_socket(socket_t sock) override;

 private:
  ConnectionGuard& guard_;
};

}  // namespace llmos::server
