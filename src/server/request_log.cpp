#include "server/request_log.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>

namespace llmos::server {
namespace {

thread_local std::optional<std::chrono::steady_clock::time_point> t_start;

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t secs = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

// The path as sent, with control characters replaced so that a request cannot forge log lines.
std::string printable(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  if (out.size() > 200) out = out.substr(0, 200) + "...";
  return out;
}

}  // namespace

void mark_request_start() { t_start = std::chrono::steady_clock::now(); }

void log_request(const httplib::Request& req, const httplib::Response& res) {
  char duration[32] = "-";
  if (t_start) {
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *t_start).count();
    std::snprintf(duration, sizeof duration, "%.1fms", ms);
    t_start.reset();
  }
  const std::string line = utc_now() + " " + req.remote_addr + " " + printable(req.method) + " " +
                           printable(req.path) + " " + std::to_string(res.status) + " " + duration + " " +
                           std::to_string(res.body.size()) + "B\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace llmos::server
