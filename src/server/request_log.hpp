#pragma once
// One line per request on stderr: time, client, method, path, status, duration, bytes.
//   2025-06-01T12:00:00.123Z 127.0.0.1 POST /api/execute 200 3.4ms 412B
#include <httplib.h>

namespace llmos::server {

// Call when a request's routing starts (httplib's pre-routing hook), on the thread that serves it.
void mark_request_start();
// httplib's logger: writes the line (the duration is "-" when routing never started, e.g. for a
// malformed request line).
void log_request(const httplib::Request& req, const httplib::Response& res);

}  // namespace llmos::server
