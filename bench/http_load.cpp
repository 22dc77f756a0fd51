// llmos-http-load: executions per second and latency of POST /api/execute with N concurrent
// clients, each on its own keep-alive connection, for a fixed time.
//
//   llmos-http-load [--url http://127.0.0.1:8080] [--clients 8] [--seconds 10] [--code '2+2'] [--json]
//
// Every response is checked (200 and "success":true); failures are counted, not timed.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "common/json_writer.hpp"

namespace {

struct Args {
  std::string url = "http://127.0.0.1:8080";
  int clients = 8;
  double seconds = 10;
  double warmup_seconds = 1;
  std::string code = "2+2";
  bool json = false;
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr, "llmos-http-load: %s\nusage: llmos-http-load [--url URL] [--clients N] [--seconds S] "
                       "[--warmup S] [--code JS] [--json]\n", why);
  std::exit(2);
}

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string k = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(("missing value for " + k).c_str());
      return argv[++i];
    };
    if (k == "--url") a.url = value();
    else if (k == "--clients") a.clients = std::atoi(value().c_str());
    else if (k == "--seconds") a.seconds = std::atof(value().c_str());
    else if (k == "--warmup") a.warmup_seconds = std::atof(value().c_str());
    else if (k == "--code") a.code = value();
    else if (k == "--json") a.json = true;
    else usage(("unknown argument " + k).c_str());
  }
  if (a.clients < 1 || a.seconds <= 0) usage("--clients and --seconds must be positive");
  return a;
}

double percentile(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const std::size_t i = std::min(sorted.size() - 1, static_cast<std::size_t>(p * static_cast<double>(sorted.size())));
  return sorted[i];
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse(argc, argv);
  const std::string body = "{\"code\":" + llmos::json::quote(args.code) + "}";
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  const auto measure_from = start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(args.warmup_seconds));
  const auto end = measure_from + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(args.seconds));

  std::vector<std::vector<double>> latencies(static_cast<std::size_t>(args.clients));
  std::atomic<long> failures{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < args.clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client(args.url);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // else Nagle + delayed ACK add 40 ms to each request
      client.set_read_timeout(std::chrono::seconds(30));
      auto& mine = latencies[static_cast<std::size_t>(c)];
      for (;;) {
        const auto t0 = clock::now();
        if (t0 >= end) break;
        auto res = client.Post("/api/execute", body, "application/json");
        const auto t1 = clock::now();
        const bool ok = res && res->status == 200 && res->body.find("\"success\":true") != std::string::npos;
        if (t0 < measure_from) continue;  // warm-up
        if (!ok) {
          ++failures;
          continue;
        }
        mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      }
    });
  }
  for (auto& t : threads) t.join();

  std::vector<double> all;
  for (auto& v : latencies) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  const double per_second = static_cast<double>(all.size()) / args.seconds;
  const double p50 = percentile(all, 0.50), p99 = percentile(all, 0.99);
  const double max = all.empty() ? 0 : all.back();
  if (args.json) {
    std::printf("{\"clients\":%d,\"seconds\":%.1f,\"executions\":%zu,\"per_second\":%.1f,\"p50_ms\":%.3f,"
                "\"p99_ms\":%.3f,\"max_ms\":%.3f,\"failures\":%ld}\n",
                args.clients, args.seconds, all.size(), per_second, p50, p99, max, failures.load());
  } else {
    std::printf("%d clients, %.1f s: %zu executions, %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %ld failures\n",
                args.clients, args.seconds, all.size(), per_second, p50, p99, max, failures.load());
  }
  return failures.load() == 0 && !all.empty() ? 0 : 1;
}
