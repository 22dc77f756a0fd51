#include "mcp/stdio_server.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
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
  // An execution stuck in native code past its time limit cannot be stopped, and calls run on
  // this thread: answer its request with the timeout, then end the process (the host restarts
  // the server, as it does for any server that exits).
  session.on_stuck([&writer](const json& response) {
    writer.write(response);
    std::fprintf(stderr,
                 "llmos mcp: an execution is stuck in native code past its time limit; "
                 "answered it with a timeout and exiting\n");
    std::fflush(nullptr);
    std::_Exit(1);
  });

  LineReader reader(STDIN_FILENO, config.max_message_bytes);
  std::string line;
  for (;;) {
    const LineReader::Status status = reader.next(line);
    if (status == LineReader::Status::kEnd) break;
    std::optional<json> response;
    if (status == LineReader::Status::kTooLong) {
      std::fprintf(stderr, "llmos mcp: skipped a message longer than %zu bytes\n", config.max_message_bytes);
      response = Session::too_long(config.max_message_bytes);
    } else {
      response = session.handle_line(line);
    }
    if (response && !writer.write(*response)) {
      std::fprintf(stderr, "llmos mcp: standard output is closed; stopping\n");
      break;
    }
  }
  return 0;
}

}  // namespace llmos::mcp
