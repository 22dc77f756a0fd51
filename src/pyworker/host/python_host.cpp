#include "pyworker/host/python_host.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "isolation/frame.hpp"
#include "isolation/sandbox.hpp"

#ifndef LLMOS_PYWORKER_BUILD_PATH
#define LLMOS_PYWORKER_BUILD_PATH ""
#endif
#ifndef LLMOS_PYWORKER_INSTALL_PATH
#define LLMOS_PYWORKER_INSTALL_PATH ""
#endif

namespace llmos::pyworker {
namespace {

namespace fs = std::filesystem;
namespace iso = isolation;
using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

// numpy and matplotlib take about a second to import on a slow machine; a cold start within
// this is normal, past it the worker is considered broken.
constexpr auto kStartupTimeout = std::chrono::seconds(30);
// After a kill, how long the zygote may take to report the child's end.
constexpr auto kReapGrace = std::chrono::seconds(3);

// The largest frame a child may send (its result with images, as base64). A child is untrusted:
// past this its channel is treated as broken rather than buffered.
constexpr std::size_t kMaxChildFrameBytes = std::size_t{64} << 20;

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<ErrorKind> kind_from(const std::string& k) {
  if (k == "syntax") return ErrorKind::kSyntax;
  if (k == "runtime") return ErrorKind::kRuntime;
  if (k == "timeout") return ErrorKind::kTimeout;
  if (k == "memory") return ErrorKind::kMemory;
  if (k == "stack") return ErrorKind::kStack;
  if (k == "limit") return ErrorKind::kLimit;
  if (k == "internal") return ErrorKind::kInternal;
  return std::nullopt;
}

// Appends one output line to logs or stderr within the byte budget.
void add_line(RunResult& r, bool is_stderr, std::string line, const Limits& limits, std::size_t& used_log,
              std::size_t& used_err) {
  auto& lines = is_stderr ? r.stderr_lines : r.logs;
  std::size_t& used = is_stderr ? used_err : used_log;
  const std::size_t cap = is_stderr ? limits.max_stderr_bytes : limits.max_logs_bytes;
  bool& truncated = is_stderr ? r.stderr_truncated : r.logs_truncated;
  if (used >= cap) {
    truncated = true;
    return;
  }
  if (line.size() > cap - used) {
    line.resize(cap - used);
    truncated = true;
  }
  used += line.size() + 1;
  lines.push_back(std::move(line));
}

}  // namespace


std::string find_worker_executable() {
  return iso::find_helper_executable("LLMOS_PYWORKER", "llmos-pyworker",
                                     {LLMOS_PYWORKER_BUILD_PATH, LLMOS_PYWORKER_INSTALL_PATH});
}

bool sandbox_opted_out() {
  const char* v = std::getenv("LLMOS_PYTHON_SANDBOX");
  return v && (std::strcmp(v, "off") == 0 || std::strcmp(v, "0") == 0);
}

std::string host_sandbox_support() {
  const auto s = iso::probe_host_sandbox();
  return std::string(s.complete() ? "available" : sandbox_opted_out() ? "partial (LLMOS_PYTHON_SANDBOX=off)"
                                                                        : "unavailable (Python refused)") +
         ": " + s.describe();
}

PythonHost& PythonHost::instance() {
  // Never destroyed: the worker is killed by its own end of the socket closing at exit.
  static PythonHost* host = new PythonHost;
  return *host;
}

PythonHost::~PythonHost() {
  std::lock_guard lock(mu_);
  stop_locked();
}

void PythonHost::set_state(std::string status, std::optional<std::string> detail) {
  std::lock_guard lock(state_mu_);
  state_.status = std::move(status);
  if (detail) state_.detail = std::move(*detail);
}

HostState PythonHost::state() const {
  std::unique_lock lock(state_mu_);
  HostState s = state_;
  lock.unlock();
  if (s.sandbox.empty()) s.sandbox = host_sandbox_support();
  return s;
}

bool PythonHost::wait_ready(std::chrono::milliseconds wait) {
  std::lock_guard lock(mu_);
  if (ensure_started()) return false;
  const auto deadline = Clock::now() + wait;
  if (!pump_control(deadline, [this] { return !ready_.empty(); })) {
    stop_locked();
    return false;
  }
  if (ready_.empty()) return false;
  // The child says "ready" once its sandbox is complete.
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  pollfd p{ready_.front().fd.get(), POLLIN, 0};
  return ::poll(&p, 1, static_cast<int>(std::max<long long>(0, left))) == 1;
}

pid_t PythonHost::worker_pid() const {
  std::lock_guard lock(mu_);
  return worker_.running() ? worker_.pid() : -1;
}

void PythonHost::shutdown() {
  std::lock_guard lock(mu_);
  stop_locked();
  set_state("lazy");
}

void PythonHost::stop_locked() {
  worker_.terminate();
  ready_.clear();
  received_fds_.clear();
  exits_.clear();
  control_ = iso::FrameDecoder();
  if (!scratch_base_.empty()) {
    std::error_code ec;
    fs::remove_all(scratch_base_, ec);
    scratch_base_.clear();
  }
}

template <typename Done>
bool PythonHost::pump_control(Clock::time_point deadline, Done done) {
  for (;;) {
    while (auto f = control_.next()) {
      const json j = json::parse(*f, nullptr, false);
      if (j.is_discarded() || !j.is_object()) return false;
      const std::string t = str(j, "t");
      if (t == "hello") {
        hello_ = *f;
      } else if (t == "spawned") {
        if (received_fds_.empty()) return false;  // the descriptor travels with its frame
        ready_.push_back(ReadyChild{j.value("pid", -1), std::move(received_fds_.front())});
        received_fds_.pop_front();
      } else if (t == "exit") {
        iso::ChildExit e;
        e.exited = j.value("exited", false);
        e.code = j.value("code", 0);
        e.signal = j.value("signal", 0);
        exits_[j.value("pid", -1)] = e;
      }
    }
    if (control_.error()) return false;
    if (done()) return true;
    const auto now = Clock::now();
    const auto ms = deadline > now ? std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1 : 0;
    pollfd p{worker_.fd(), POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(ms, 60000)));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return false;
    if (r == 0) {
      if (Clock::now() >= deadline) return done();
      continue;
    }
    char buf[65536];
    alignas(cmsghdr) char cbuf[CMSG_SPACE(sizeof(int) * 16)];
    iovec iov{buf, sizeof buf};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = cbuf;
    msg.msg_controllen = sizeof cbuf;
    const ssize_t n = ::recvmsg(worker_.fd(), &msg, MSG_CMSG_CLOEXEC);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return false;
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
      const std::size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
      for (std::size_t i = 0; i < count; ++i) {
        int fd;
        std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
        received_fds_.emplace_back(fd);
      }
    }
    control_.feed(std::string_view(buf, static_cast<std::size_t>(n)));
  }
}

std::optional<std::string> PythonHost::ensure_started() {
  if (worker_.running()) return std::nullopt;
  stop_locked();
  const std::string exe = find_worker_executable();
  if (exe.empty()) return "llmos-pyworker was not found (beside llmos, in the build tree or set in $LLMOS_PYWORKER)";
  std::error_code ec;
  fs::path tmp = fs::temp_directory_path(ec);
  if (ec) tmp = "/tmp";
  std::string templ = (tmp / "llmos-py-XXXXXX").string();
  if (!::mkdtemp(templ.data())) return "cannot create a scratch directory in " + tmp.string() + ": " + std::strerror(errno);
  scratch_base_ = templ;
  // A scrubbed environment: nothing of the host's (tokens, paths) reaches Python.
  const std::vector<std::string> env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=" + scratch_base_,
                                        "TMPDIR=" + scratch_base_, "MPLBACKEND=Agg",
                                        "MPLCONFIGDIR=" + scratch_base_ + "/mpl", "OPENBLAS_NUM_THREADS=1",
                                        "OMP_NUM_THREADS=1", "MKL_NUM_THREADS=1"};
  fs::create_directories(scratch_base_ + "/mpl", ec);
  std::string err;
  const bool debug = std::getenv("LLMOS_PYWORKER_DEBUG") != nullptr;
  worker_ = iso::WorkerProcess::spawn(exe, {scratch_base_, sandbox_opted_out() ? "off" : "required", "2"}, env,
                                      debug, err);
  if (!err.empty()) return err;
  hello_.clear();
  if (!pump_control(Clock::now() + kStartupTimeout, [this] { return !hello_.empty(); })) {
    stop_locked();
    return "llmos-pyworker did not start (set LLMOS_PYWORKER_DEBUG=1 to see its errors)";
  }
  const json hello = json::parse(hello_, nullptr, false);
  std::string detail = "llmos-pyworker pid " + std::to_string(worker_.pid()) + ", Python " + str(hello, "python");
  if (const auto it = hello.find("preloadErrors"); it != hello.end() && it->is_array() && !it->empty())
    detail += "; preload problems: " + it->dump();
  set_state("ready", std::move(detail));
  return std::nullopt;
}

PythonRun PythonHost::run(const PythonRequest& req) {
  PythonRun out;
  RunResult& r = out.result;
  r.language = "python";
  std::lock_guard lock(mu_);
  const auto fail = [&](const std::string& why) {
    set_state("error", why);
    r.error = ErrorInfo::make("Error", "Python is unavailable: " + why, ErrorKind::kInternal);
    return out;
  };
  // Take a ready child (the exits reported so far are of earlier runs: forgotten). A worker
  // found dead here (killed from outside since the last run) is replaced once.
  exits_.clear();
  for (int attempt = 0;; ++attempt) {
    if (auto err = ensure_started()) return fail(*err);
    if (!ready_.empty() || pump_control(Clock::now() + kStartupTimeout, [this] { return !ready_.empty(); })) break;
    stop_locked();
    if (attempt == 1) return fail("the Python worker stopped preparing sandboxes; it restarts on the next run");
  }
  ReadyChild child = std::move(ready_.front());
  ready_.pop_front();

  json msg = {{"t", "run"},
              {"code", req.code},
              {"filename", req.filename},
              {"timeoutMs", req.limits.timeout_ms},
              {"memoryBytes", req.limits.memory_bytes},
              {"maxOutputBytes", req.limits.max_output_bytes},
              {"maxLogsBytes", req.limits.max_logs_bytes},
              {"maxStderrBytes", req.limits.max_stderr_bytes}};
  const auto start = Clock::now();
  const bool sent = iso::write_frame(child.fd.get(), msg.dump(-1, ' ', false, json::error_handler_t::replace), true);

  iso::FrameReader ch(child.fd.get(), kMaxChildFrameBytes);
  const auto deadline = start + std::chrono::milliseconds(req.limits.timeout_ms);
  bool timed_out = false, stopped = false, closed = !sent;
  iso::EndFacts facts;
  json result;
  std::size_t used_log = 0, used_err = 0;
  Clock::time_point finished = start;
  while (!closed && !facts.reported_result) {
    std::string frame;
    const auto st = ch.next(deadline, frame, req.stop);
    if (st == iso::FrameReader::Status::kTimeout || st == iso::FrameReader::Status::kStopped) {
      timed_out = true;  // a cancelled run ends as one out of time does
      stopped = st == iso::FrameReader::Status::kStopped;
      finished = Clock::now();
      iso::kill_tree(child.pid);
      break;
    }
    if (st == iso::FrameReader::Status::kClosed) {
      closed = true;
      break;
    }
    json j = json::parse(frame, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      closed = true;  // a child that speaks nonsense is treated as one that died
      iso::kill_tree(child.pid);
      break;
    }
    const std::string t = str(j, "t");
    if (t == "ready") {
      continue;  // the child finished preparing (it says so before it reads the request)
    } else if (t == "out") {
      const bool is_err = str(j, "s") == "err";
      std::string text = str(j, "text");
      if (req.listener) req.listener(is_err, text);
      add_line(r, is_err, std::move(text), req.limits, used_log, used_err);
    } else if (t == "storage") {
      StorageReply reply;
      if (req.storage) {
        reply = req.storage(StorageRequest{str(j, "op"), str(j, "key"), str(j, "value")});
      } else {
        reply.kind = "unavailable";
        reply.message = "no data directory is configured for storage";
      }
      json rep = {{"ok", reply.ok}};
      if (reply.ok) {
        if (str(j, "op") == "remove") rep["value"] = reply.removed;
        else if (reply.value_json) rep["value"] = *reply.value_json;
        else rep["value"] = nullptr;
      } else {
        rep["kind"] = reply.kind;
        rep["message"] = reply.message;
      }
      iso::write_frame(child.fd.get(), rep.dump(-1, ' ', false, json::error_handler_t::replace), true);
    } else if (t == "result") {
      result = std::move(j);
      facts.reported_result = true;
      finished = Clock::now();
    }
  }
  child.fd.reset();
  if (closed) {
    finished = Clock::now();
    // It died without a result: how, the zygote tells.
    const pid_t pid = child.pid;
    if (!pump_control(Clock::now() + kReapGrace, [this, pid] { return exits_.count(pid) > 0; })) {
      // The zygote itself is gone (killed from outside, or it broke): not the artifact's doing.
      iso::kill_tree(pid);
      stop_locked();
      set_state("lazy");
      if (!timed_out) {
        r.error = ErrorInfo::make("Error", "the Python worker stopped during the run; it restarts on the next run",
                                  ErrorKind::kInternal);
        out.outcome = iso::Outcome::kKilled;
        r.execution_time_ms = std::chrono::duration<double, std::milli>(finished - start).count();
        return out;
      }
    }
    if (const auto it = exits_.find(pid); it != exits_.end()) {
      facts.exit = it->second;
    } else {
      facts.exit.exited = false;
      facts.exit.signal = SIGKILL;
    }
  } else if (facts.reported_result) {
    facts.exit.exited = true;  // it exits right after its result; how does not matter any more
  }
  facts.host_timed_out = timed_out;
  if (facts.reported_result) {
    facts.result_is_error = !result.value("ok", false);
    if (facts.result_is_error && result.contains("error") && result["error"].is_object())
      facts.result_is_memory = str(result["error"], "kind") == "memory";
  }
  out.outcome = iso::classify(facts);
  r.execution_time_ms = std::chrono::duration<double, std::milli>(finished - start).count();

  if (facts.reported_result) {
    out.sandbox = str(result, "sandbox");
    if (!out.sandbox.empty()) {
      std::lock_guard state_lock(state_mu_);
      state_.sandbox = out.sandbox;
    }
    r.memory_used = result.value("memoryUsed", std::uint64_t{0});
    if (const auto it = result.find("images"); it != result.end() && it->is_array()) {
      for (const auto& im : *it) {
        if (!im.is_object()) continue;
        Image img;
        img.id = str(im, "id");
        img.mime = str(im, "mime");
        img.width = im.value("width", 0);
        img.height = im.value("height", 0);
        if (auto bytes = llmos::base64_decode(str(im, "data"))) img.data = std::move(*bytes);
        r.images.push_back(std::move(img));
      }
    }
    if (const auto it = result.find("truncated"); it != result.end() && it->is_object()) {
      if (it->value("log", false)) r.logs_truncated = true;
      if (it->value("err", false)) r.stderr_truncated = true;
    }
  }

  using iso::Outcome;
  switch (out.outcome) {
    case Outcome::kOk: {
      r.success = true;
      r.output_json = str(result, "output");
      if (r.output_json.empty()) r.output_json = "null";
      r.output_truncated = result.value("outputTruncated", false);
      out.output_text = str(result, "outputText");
      out.output_is_none = !result.contains("outputText");
      break;
    }
    case Outcome::kError:
    case Outcome::kMemory: {
      const json& e = result["error"];
      ErrorInfo info;
      info.name = str(e, "name");
      info.message = str(e, "message");
      info.stack = str(e, "stack");
      if (info.stack.empty()) info.stack = info.message;
      if (e.contains("line") && e["line"].is_number_integer()) info.line = e["line"].get<int>();
      if (e.contains("column") && e["column"].is_number_integer()) info.column = e["column"].get<int>();
      info.kind = kind_from(str(e, "kind")).value_or(ErrorKind::kRuntime);
      if (out.outcome == Outcome::kMemory) {
        info.kind = ErrorKind::kMemory;
        // A bare `MemoryError` has no text: the limit becomes it, so the message stays `Name: text`.
        const std::string limit = "the memory limit is " + std::to_string(req.limits.memory_bytes >> 20) + " MB";
        if (info.message.empty() || info.message == info.name) {
          if (info.name.empty()) info.name = "MemoryError";
          info.message = info.name + ": out of memory (" + limit + ")";
        } else {
          info.message += " (" + limit + ")";
        }
      }
      r.error = std::move(info);
      break;
    }
    case Outcome::kTimeout:
      r.error = stopped ? ErrorInfo::cancelled() : ErrorInfo::timeout(req.limits.timeout_ms);
      break;
    case Outcome::kViolation:
      r.error = ErrorInfo::make("SandboxViolation",
                                "the artifact made a system call the Python sandbox forbids; its process was stopped",
                                ErrorKind::kRuntime);
      break;
    case Outcome::kCrashed:
      r.error = ErrorInfo::make("SystemError",
                                facts.exit.exited
                                    ? "the Python process ended (status " + std::to_string(facts.exit.code) +
                                          ") without a result: the artifact ended the interpreter"
                                    : "the Python interpreter crashed (" + iso::signal_name(facts.exit.signal) +
                                          ") while running the artifact",
                                ErrorKind::kRuntime);
      break;
    case Outcome::kKilled:
      if (facts.exit.signal == SIGKILL)
        r.error = ErrorInfo::make("MemoryError",
                                  "the Python process was killed (SIGKILL), most likely at the memory limit of " +
                                      std::to_string(req.limits.memory_bytes >> 20) + " MB",
                                  ErrorKind::kMemory);
      else
        r.error = ErrorInfo::make("SystemError", "the Python process was killed by " + iso::signal_name(facts.exit.signal),
                                  ErrorKind::kRuntime);
      break;
  }
  return out;
}

}  // namespace llmos::pyworker
