// llmos-jsworker: runs JavaScript artifacts for a host (llmos serve; llmos run --isolation
// process) in a sandboxed process, one at a time, each in a fresh runtime.
//
//   llmos-jsworker required|off MAX_MEMORY_BYTES   (fd 3: a socket to the host; jsworker/protocol.hpp)
//
// MAX_MEMORY_BYTES: the largest memory limit a run may ask for; the address space is bounded
// by the worker's size after start-up plus that plus room for results (RLIMIT_AS), so even a
// worker taken over by an engine bug cannot take the machine's memory.
//
// Start-up does everything that needs the file system (the kernel's stdlib, the time zone, the
// fonts canvases draw text with), builds the first context, then enters the sandbox: namespaces,
// Landlock with no path at all, seccomp without files, sockets or new processes. From then on the
// process reaches nothing but fd 3. Not meant to be run by hand.
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>

#include "engine/interrupt_alarm.hpp"
#include "executor/executor.hpp"
#include "isolation/frame.hpp"
#include "isolation/sandbox.hpp"
#include "jsworker/protocol.hpp"
#include "kernel/stdlib.hpp"
#include "kernel/viz/canvas2d.hpp"
#include "kernel/storage/remote_store.hpp"

namespace {

namespace iso = llmos::isolation;
namespace ex = llmos::executor;
using llmos::jsworker::RunReply;
using llmos::jsworker::RunRequest;

constexpr int kChannelFd = 3;
// Address space beyond the runs' own limit: results and images being built, the allocator's
// reservations, a canvas or two (their pixels are outside the engine's heap).
constexpr std::uint64_t kAddressSlackBytes = std::uint64_t{1} << 30;

// What a context may need from the file system, touched once before the sandbox closes it: the
// time zone (Date), fontconfig's configuration and the fonts of the families canvases and plots
// name (cairo keeps the faces it opened).
constexpr const char* kWarmUp = R"JS(
  String(new Date(0));
  const c = LLMOS.viz.createCanvas(64, 32), g = c.getContext('2d');
  for (const family of ['sans-serif', 'serif', 'monospace', 'cursive', 'fantasy', 'system-ui'])
    for (const style of ['normal', 'italic'])
      for (const weight of ['normal', 'bold'])
        { g.font = `${style} ${weight} 12px ${family}`; g.fillText('Ag \u2713 \u03bb', 0, 20); g.measureText('Ag'); }
  LLMOS.viz.plot([{x: [0, 1], y: [1, 2], label: 'a'}, {x: [0, 1], y: [2, 1], label: 'b'}],
                 {type: 'line', title: 'warm', xlabel: 'x', ylabel: 'y'});
  console.log({ a: [1], d: new Date(0) });
)JS";

// Test hooks (only when the host was started with LLMOS_TEST_HOOKS=1): the faults a real
// engine bug could cause, so the tests can check that the host survives them and that the
// sandbox holds. Never set in production.
std::string test_fault(const std::string& args_json) {
  const auto has = [&](const char* what) { return args_json.find(std::string("\"") + what + "\"") != std::string::npos; };
  if (has("segv")) {  // a store to memory that cannot be written: a real fault (not one UBSan reports first)
    void* page = ::mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    *static_cast<volatile int*>(page) = 1;
  }
  if (has("abort")) std::abort();
  if (has("exit")) ::_exit(3);
  if (has("escape")) ::syscall(SYS_ptrace, 0, 0, 0, 0);  // an escape attempt: the policy kills
  if (has("hang"))
    for (;;) asm volatile("");  // a native loop the engine's interrupt never sees
  const auto result = [](const char* what, long r) {
    return std::string("\"") + what + (r < 0 ? std::string(": ") + std::strerror(errno) : std::string(": allowed")) +
           "\"";
  };
  if (has("open")) {
    const int fd = ::open("/etc/hostname", O_RDONLY);
    return result("open", fd);
  }
  if (has("socket")) return result("socket", ::socket(AF_INET, SOCK_STREAM, 0));
  // Descriptor 900: the tests open it in the host without close-on-exec; it must not be here.
  if (has("inherited")) return ::fcntl(900, F_GETFD) < 0 ? "\"fd 900: closed\"" : "\"fd 900: open\"";
  if (has("fork")) {
    const pid_t p = ::fork();
    if (p == 0) ::_exit(0);
    return result("fork", p);
  }
  return "\"unknown fault\"";
}

bool send(const std::string& frame) { return iso::write_frame(kChannelFd, frame); }

RunReply run_one(ex::PreparedSandbox& sandbox, const RunRequest& q,
                 const std::shared_ptr<const ex::HostBindings>& hooks) {
  ex::ExecOptions opt;
  opt.artifact_id = q.artifact_id;
  opt.filename = q.filename;
  opt.limits = q.limits;
  opt.render_output = q.render_output;
  opt.host = hooks;
  opt.storage = std::make_shared<llmos::kernel::storage::RemoteStore>([](std::string request) -> std::optional<std::string> {
    if (!send(llmos::jsworker::encode_storage_request(request))) return std::nullopt;
    const auto frame = iso::read_frame(kChannelFd);
    if (!frame) return std::nullopt;
    return llmos::jsworker::decode_storage_answer(*frame);
  });
  if (q.stream_output) {
    opt.listener = [](llmos::engine::Stream s, std::string_view line) {
      send(llmos::jsworker::encode_output(s == llmos::engine::Stream::kStderr, line));
    };
  }
  ex::Execution e = ex::run_in_sandbox(sandbox, q.code, opt);
  return RunReply{std::move(e.result), std::move(e.output_text), e.output_is_undefined};
}

}  // namespace

int main(int argc, char** argv) {
  char* end = nullptr;
  const unsigned long long max_memory = argc == 3 ? std::strtoull(argv[2], &end, 10) : 0;
  if (argc != 3 || (std::strcmp(argv[1], "required") != 0 && std::strcmp(argv[1], "off") != 0) || !end ||
      *end != '\0' || max_memory == 0 || ::fcntl(kChannelFd, F_GETFD) < 0) {
    std::fprintf(stderr,
                 "llmos-jsworker: started by llmos only (usage: llmos-jsworker required|off MAX_MEMORY_BYTES, fd 3 a "
                 "socket)\n");
    return 2;
  }
  // The host is this process's life line: if it dies, so does the worker.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() == 1) return 0;
  ::signal(SIGPIPE, SIG_IGN);
  // Room for the deepest stack a run may ask for (the engine's own limit stops it first).
  struct rlimit stack {};
  if (::getrlimit(RLIMIT_STACK, &stack) == 0 && stack.rlim_cur != RLIM_INFINITY) {
    stack.rlim_cur = stack.rlim_max == RLIM_INFINITY ? (rlim_t{264} << 20) : std::max<rlim_t>(stack.rlim_cur, stack.rlim_max);
    ::setrlimit(RLIMIT_STACK, &stack);
  }
  ::tzset();

  const std::shared_ptr<const llmos::kernel::Stdlib> stdlib = llmos::kernel::embedded_stdlib();
  std::shared_ptr<const ex::HostBindings> hooks;
  if (const char* v = std::getenv("LLMOS_TEST_HOOKS"); v && std::strcmp(v, "1") == 0) {
    auto b = std::make_shared<ex::HostBindings>();
    b->functions.emplace_back("__llmos_test_fault", test_fault);
    hooks = b;
  }
  llmos::kernel::viz::pin_font_faces();
  llmos::engine::InterruptAlarm::use_signal_timer();  // this process cannot start threads
  {
    ex::PreparedSandbox warm(stdlib);
    RunRequest q;
    q.code = kWarmUp;
    run_one(warm, q, nullptr);
  }
  auto next = std::make_unique<ex::PreparedSandbox>(stdlib);

  iso::SandboxSpec spec;
  spec.required = std::strcmp(argv[1], "required") == 0;
  spec.limits.open_files = 64;
  spec.limits.file_bytes = 0;
#if !defined(__SANITIZE_ADDRESS__)  // ASan reserves terabytes of address space up front
  if (const std::uint64_t now = iso::current_address_space(); now > 0)
    spec.limits.address_space_bytes = now + max_memory + kAddressSlackBytes;
#endif
  // No path at all: Landlock refuses every file operation; seccomp refuses the calls themselves.
  spec.policy.allow_stdio()
      .allow_memory()
      .allow_time()
      .allow_signals_to_self(::getpid())
      .allow_process_info()
      .allow_exit()
      .refuse_new_processes()
      .refuse_sockets()
      .kill_on_escape_attempts();
  iso::SandboxReport report;
  if (!iso::enter_sandbox(spec, report)) {
    std::string why;
    for (const auto& p : report.problems) why += (why.empty() ? "" : "; ") + p;
    std::fprintf(stderr, "llmos-jsworker: the sandbox cannot be set up on this machine (%s); refusing to run untrusted code\n",
                 why.c_str());
    return 4;
  }
  if (!send(llmos::jsworker::encode_hello(report.level() + ": " + report.describe()))) return 0;

  for (;;) {
    const auto frame = iso::read_frame(kChannelFd, llmos::jsworker::kMaxWorkerFrameBytes);
    if (!frame) return 0;  // the host closed the channel: done
    const auto q = llmos::jsworker::decode_run(*frame);
    if (!q) {
      std::fprintf(stderr, "llmos-jsworker: a message from the host cannot be read\n");
      return 5;
    }
    RunReply reply = run_one(*next, *q, hooks);
    if (!send(llmos::jsworker::encode_result(reply))) return 0;
    // The used runtime goes, and the next one is built, while the host has the result.
    next.reset();
    next = std::make_unique<ex::PreparedSandbox>(stdlib);
    if (!send(llmos::jsworker::encode_ready())) return 0;
  }
}
