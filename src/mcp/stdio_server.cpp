#include "mcp/stdio_server.hpp"

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>
#include <unistd.h>

#include "executor/executor.hpp"
#include "mcp/line_reader.hpp"
#include "mcp/protocol_writer.hpp"
#include "mcp/session.hpp"

namespace llmos::mcp {
namespace {

// The protocol gets a private copy of standard output (closed in child processes); fd 1 itself
// then points at standard error, so stray writes to stdout cannot corrupt the stream.
int take_stdout() {
  std::fflush(stdout);
  const int fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return -1;
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() {
    if (fd_ >= 0) ::close(fd_);
  }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

struct Input {
  std::string line;
  bool too_long = false;
};

// The lines read and not yet handled. Bounded: a host that sends faster than calls run waits.
class InputQueue {
 public:
  // False once closed: nobody will handle it.
  bool push(Input in) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return closed_ || items_.size() < kCapacity; });
    if (closed_) return false;
    items_.push_back(std::move(in));
    ready_.notify_one();
    return true;
  }
  // The next line; nullopt once closed and drained.
  std::optional<Input> pop() {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    Input in = std::move(items_.front());
    items_.pop_front();
    room_.notify_one();
    return in;
  }
  void close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    ready_.notify_all();
    room_.notify_all();
  }

 private:
  static constexpr std::size_t kCapacity = 64;
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Input> items_;
  bool closed_ = false;
};

// The requestIds of the notifications/cancelled in `line` (a message or a batch); looked at
// before the line waits its turn. Lines that cannot be one are not parsed.
std::vector<json> cancelled_request_ids(const std::string& line) {
  std::vector<json> ids;
  if (line.find("notifications/cancelled") == std::string::npos) return ids;
  const json value = json::parse(line, nullptr, false);
  const auto look = [&](const json& m) {
    if (!m.is_object()) return;
    const auto method = m.find("method");
    const auto params = m.find("params");
    if (method == m.end() || *method != "notifications/cancelled" || params == m.end() || !params->is_object()) return;
    const auto id = params->find("requestId");
    if (id != params->end() && (id->is_string() || id->is_number_integer())) ids.push_back(*id);
  };
  if (value.is_array()) {
    for (const json& m : value) look(m);
  } else {
    look(value);
  }
  return ids;
}

}  // namespace

int run_stdio_server(const StdioServerConfig& config) {
  // A host that closes our stdout must not kill us with SIGPIPE: the write fails and we stop.
  std::signal(SIGPIPE, SIG_IGN);
  const int out_fd = take_stdout();
  if (out_fd < 0) {
    std::perror("llmos mcp: standard output");
    return 3;
  }
  const FdCloser closer(out_fd);
  ProtocolWriter writer(out_fd);

  executor::BootConfig boot;
  boot.data_dir = config.data_dir;
  executor::boot_kernel(boot);
  if (!executor::is_kernel_ready()) {
    const executor::KernelStatus status = executor::get_kernel_status();
    std::fprintf(stderr, "llmos mcp: the kernel cannot run JavaScript (status %s)\n", status.status.c_str());
    for (const auto& p : status.problems) std::fprintf(stderr, "  - %s\n", p.c_str());
    return 3;
  }
  if (config.process_isolation)
    executor::enable_js_workers({.workers = 1, .max_memory_bytes = static_cast<std::size_t>(kMaxToolMemoryMb) << 20});
  else executor::enable_context_pool();

  Session session(SessionInfo{config.server_version,
                              config.process_isolation ? executor::Isolation::kProcess : executor::Isolation::kNone});
  // An execution stuck in native code past its time limit cannot be stopped, and it holds the
  // only thread that runs calls: answer its request with the timeout, then end the process (the
  // host restarts the server, as it does for any server that exits).
  session.on_stuck([&writer](const json& response) {
    writer.write(response);
    std::fprintf(stderr,
                 "llmos mcp: an execution is stuck in native code past its time limit; "
                 "answered it with a timeout and exiting\n");
    std::fflush(nullptr);
    std::_Exit(1);
  });

  // Calls run one at a time on a thread of their own, so that this one goes on reading: a
  // notifications/cancelled must reach the call it names while that call runs.
  InputQueue queue;
  std::thread calls([&] {
    while (std::optional<Input> in = queue.pop()) {
      const std::optional<json> response = in->too_long ? Session::too_long(config.max_message_bytes)
                                                         : session.handle_line(in->line);
      if (response && !writer.write(*response)) {
        std::fprintf(stderr, "llmos mcp: standard output is closed; stopping\n");
        queue.close();
        return;
      }
    }
  });

  LineReader reader(STDIN_FILENO, config.max_message_bytes);
  std::string line;
  for (bool handled = true; handled;) {
    const LineReader::Status status = reader.next(line);
    if (status == LineReader::Status::kEnd) break;
    if (status == LineReader::Status::kTooLong) {
      std::fprintf(stderr, "llmos mcp: skipped a message longer than %zu bytes\n", config.max_message_bytes);
      handled = queue.push(Input{{}, true});
      continue;
    }
    for (const json& id : cancelled_request_ids(line)) session.cancel(id);
    handled = queue.push(Input{std::move(line), false});
  }
  queue.close();
  calls.join();
  return 0;
}

}  // namespace llmos::mcp
