#include "executor/boot.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "executor/executor.hpp"
#include "kernel/llmos_api.hpp"
#include "isolation/sandbox.hpp"
#include "kernel/stdlib.hpp"
#include "pyworker/host/python_host.hpp"

#ifndef LLMOS_VERSION
#define LLMOS_VERSION "0.0.0"
#endif

namespace llmos::executor {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kVolumes[] = {"system", "team", "user"};

std::string errno_text(int err) { return std::strerror(err); }

// Why `path` could not be created: names the ancestor that is in the way when there is one
// ("/srv/data is not a directory"), else the system's reason.
std::string why_not_created(const fs::path& path, const std::error_code& ec) {
  std::error_code e;
  for (fs::path p = path; !p.empty() && p != p.root_path(); p = p.parent_path()) {
    const auto st = fs::status(p, e);
    if (e || !fs::exists(st)) continue;
    if (!fs::is_directory(st)) return p.string() + " is not a directory";
    break;
  }
  return ec.message();
}

// Creates `dir` when needed and proves it writable by writing a file in it (access(2) would
// say yes to root even on a read-only mount).
bool ensure_writable_dir(const fs::path& dir, std::string& why) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    why = "cannot create " + dir.string() + ": " + why_not_created(dir, ec ? ec : std::make_error_code(std::errc::not_a_directory));
    return false;
  }
  static std::atomic<unsigned> counter{0};
  const fs::path probe = dir / (".llmos-probe-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    why = "cannot write in " + dir.string() + ": " + errno_text(errno);
    return false;
  }
  const bool wrote = ::write(fd, "x", 1) == 1;
  const int write_errno = errno;
  ::close(fd);
  ::unlink(probe.c_str());
  if (!wrote) {
    why = "cannot write in " + dir.string() + ": " + errno_text(write_errno);
    return false;
  }
  return true;
}

// Reads at most `limit` bytes of `path` (a larger file is read up to the limit: it cannot be
// the one expected anyway). False, with the reason, when it cannot be read.
bool read_file(const fs::path& path, std::size_t limit, std::string& out, std::string& why) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    why = errno_text(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    why = "not a regular file";
    return false;
  }
  out.clear();
  char buf[16384];
  while (out.size() < limit) {
    const ssize_t n = ::read(fd, buf, std::min(sizeof buf, limit - out.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = errno_text(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

// Writes a temporary file next to `path` and renames it over `path`: a concurrent boot reads
// either the old file or the whole new one.
bool write_atomically(const fs::path& path, std::string_view bytes, std::string& why) {
  static std::atomic<unsigned> counter{0};
  const fs::path tmp = path.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    why = "cannot write " + tmp.string() + ": " + errno_text(errno);
    return false;
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      why = "cannot write " + tmp.string() + ": " + errno_text(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    why = "cannot replace " + path.string() + ": " + errno_text(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

bool is_executable_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

class Booter {
 public:
  Booter(const BootConfig& config, KernelStatus& status, std::string& data_dir,
         std::shared_ptr<const kernel::Stdlib>& stdlib)
      : config_(config), s_(status), data_dir_(data_dir), stdlib_(stdlib) {}

  void run() {
    s_ = KernelStatus::not_booted();
    s_.llmos_version = LLMOS_VERSION;
    s_.engine = "QuickJS 2025-04-26";
    const auto t0 = Clock::now();
    stage(0, [this](StageReport& r) { init_system(r); });
    stage(1, [this](StageReport& r) { mount_volumes(r); });
    stage(2, [this](StageReport& r) { load_js_runtime(r); });
    stage(3, [this](StageReport& r) { init_python(r); });
    stage(4, [this](StageReport& r) { load_stdlib(r); });
    stage(5, [this](StageReport& r) { finalize(r); });
    s_.boot_duration_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  }

 private:
  template <typename F>
  void stage(std::size_t i, F&& body) {
    StageReport& r = s_.stages[i];
    const auto t = Clock::now();
    body(r);
    r.duration_ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
  }

  void problem(StageReport& r, std::string status, std::string message) {
    r.status = std::move(status);
    r.detail = message;
    s_.problems.push_back(r.name + ": " + std::move(message));
  }

  void init_system(StageReport& r) {
    const std::string dir = resolve_data_dir(config_.data_dir);
    std::error_code ec;
    fs::path abs = fs::absolute(fs::path(dir), ec);
    if (ec) {
      data_dir_ = dir;
      s_.data_dir = dir;
      return problem(r, "error", "cannot resolve the data directory " + dir + ": " + ec.message());
    }
    abs = abs.lexically_normal();
    if (!abs.has_filename() && abs != abs.root_path()) abs = abs.parent_path();
    data_dir_ = abs.string();
    s_.data_dir = data_dir_;
    system_resolved_ = true;
    r.status = "ok";
    r.detail = "data dir " + data_dir_;
  }

  void mount_volumes(StageReport& r) {
    if (!system_resolved_) {
      r.status = "skipped";
      r.detail = "no data directory";
      return;
    }
    std::string first_error;
    for (const char* name : kVolumes) {
      VolumeReport v;
      v.name = name;
      v.path = (fs::path(data_dir_) / name).string();
      std::string why;
      if (ensure_writable_dir(v.path, why)) {
        v.status = "mounted";
        v.writable = true;
      } else {
        v.status = "error";
        v.error = why;
        if (first_error.empty()) first_error = why;
      }
      if (v.name == std::string("system")) system_mounted_ = v.writable;
      s_.volumes.push_back(std::move(v));
    }
    if (!first_error.empty())
      return problem(r, "error", "the data directory " + data_dir_ + " is unusable: " + first_error);
    r.status = "ok";
    r.detail = "system, team and user mounted under " + data_dir_;
  }

  void load_js_runtime(StageReport& r) {
    engine::Sandbox sandbox;
    engine::EvalOptions opt;
    opt.limits.timeout_ms = 2000;
    opt.limits.memory_bytes = std::size_t{16} << 20;
    opt.filename = "boot.js";
    const engine::Evaluation ev = engine::evaluate(sandbox.context(), "[1, 2, 3].map((x) => x * 2).join('-')", opt);
    if (!ev.result.success || ev.result.output_json != "\"2-4-6\"") {
      s_.javascript = "error";
      return problem(r, "error",
                     "the JavaScript engine failed its test evaluation: " +
                         (ev.result.error ? ev.result.error->message : "it returned " + ev.result.output_json));
    }
    s_.javascript = "ready";
    r.status = "ok";
    r.detail = s_.engine + ": a runtime, a context and a test evaluation";
  }

  void init_python(StageReport& r) {
    std::string found;
    std::string where;
    if (!config_.python_executable.empty()) {
      where = config_.python_executable;
      if (is_executable_file(config_.python_executable)) found = config_.python_executable;
    } else {
      const char* env = std::getenv("PATH");
      const std::string path = config_.python_search_path ? *config_.python_search_path : (env ? env : "");
      where = "the search path (" + (path.empty() ? std::string("empty") : path) + ")";
      std::size_t pos = 0;
      while (found.empty() && pos <= path.size()) {
        std::size_t end = path.find(':', pos);
        if (end == std::string::npos) end = path.size();
        const std::string dir = path.substr(pos, end - pos);
        pos = end + 1;
        // An empty entry means the working directory to a shell; a kernel does not run
        // interpreters from wherever it happens to be started.
        if (dir.empty()) continue;
        const std::string candidate = (fs::path(dir) / "python3").string();
        if (is_executable_file(candidate)) found = candidate;
      }
    }
    if (found.empty()) {
      s_.python = "unavailable";
      return problem(r, "unavailable",
                     "python3 not found in " + where + ": Python artifacts cannot run (JavaScript is unaffected)");
    }
    s_.python_executable = found;
    if (pyworker::find_worker_executable().empty()) {
      s_.python = "unavailable";
      return problem(r, "unavailable",
                     "llmos-pyworker (the sandboxed CPython worker) is not installed beside llmos: Python artifacts "
                     "cannot run (JavaScript is unaffected)");
    }
    // Python runs only inside a complete sandbox, unless the user opted out.
    const isolation::HostSandboxSupport support = isolation::probe_host_sandbox();
    s_.python_sandbox = pyworker::host_sandbox_support();
    if (!support.complete() && !pyworker::sandbox_opted_out()) {
      s_.python = "unavailable";
      return problem(r, "unavailable",
                     "the Python sandbox needs user namespaces, Landlock and seccomp; this machine offers " +
                         support.describe() + ": Python is refused (LLMOS_PYTHON_SANDBOX=off runs it anyway)");
    }
    s_.python = "lazy";
    r.status = "lazy";
    r.detail = "python3 at " + found + ", the sandboxed worker starts on first use (sandbox " + s_.python_sandbox + ")";
  }

  void load_stdlib(StageReport& r) {
    const auto& files = kernel::stdlib_files();
    std::shared_ptr<const kernel::Stdlib> lib;
    std::string fallback_reason;
    if (!system_mounted_) {
      fallback_reason = "the system volume is unusable";
    } else {
      lib = load_from_system_volume(fallback_reason);
    }
    if (!lib) {
      lib = kernel::embedded_stdlib();
      for (std::size_t i = 0; i < files.size(); ++i) {
        if (s_.stdlib_files.size() <= i) s_.stdlib_files.push_back({files[i].file_name, "", "", 0});
        if (s_.stdlib_files[i].status != "error") s_.stdlib_files[i].status = "embedded";
        s_.stdlib_files[i].bytes = files[i].embedded.size();
      }
    }
    // The bytes are this build's; running them once here turns a defect into a boot error
    // instead of a failure of every artifact.
    engine::Sandbox sandbox;
    kernel::install_api(sandbox.context());
    kernel::StdlibInfo info;
    if (auto err = kernel::install_stdlib(sandbox.context(), *lib, &info)) {
      s_.stdlib = "error";
      stdlib_ = kernel::embedded_stdlib();
      return problem(r, "error", "the stdlib does not load: " + *err);
    }
    stdlib_ = lib;
    s_.stdlib = "ready";
    s_.stdlib_banner = info.banner;
    if (!fallback_reason.empty())
      return problem(r, "degraded", fallback_reason + ": init.js and stdlib.js run from the copy built into llmos");
    std::string verdict;
    for (const auto& f : s_.stdlib_files) verdict += (verdict.empty() ? "" : ", ") + f.name + " " + f.status;
    r.status = "ok";
    r.detail = verdict + " (" + lib->origin + ")";
  }

  // Installs each file into <data dir>/system/kernel/ unless it is there already with the bytes
  // of this build, then loads it from there. Null, with the reason, when that is not possible.
  std::shared_ptr<const kernel::Stdlib> load_from_system_volume(std::string& why) {
    const auto& files = kernel::stdlib_files();
    const fs::path dir = fs::path(data_dir_) / "system" / "kernel";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir, ec)) {
      why = "cannot create " + dir.string() + ": " + why_not_created(dir, ec ? ec : std::make_error_code(std::errc::not_a_directory));
      return nullptr;
    }
    auto bytes = std::make_shared<std::array<std::string, 2>>();
    bool ok = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
      StdlibFileReport f{files[i].file_name, (dir / files[i].file_name).string(), "", 0};
      const std::string_view expected = files[i].embedded;
      std::string& got = (*bytes)[i];
      std::string read_error;
      const bool existed = fs::exists(fs::symlink_status(f.path, ec));
      const bool read = read_file(f.path, expected.size() + 1, got, read_error);
      if (read && got == expected) {
        f.status = "verified";
      } else {
        std::string write_error;
        if (!write_atomically(f.path, expected, write_error) ||
            !read_file(f.path, expected.size() + 1, got, write_error) || got != expected) {
          f.status = "error";
          s_.problems.push_back("load-stdlib: " + (write_error.empty() ? f.path + " does not hold what was written" : write_error));
          ok = false;
        } else if (existed) {
          f.status = "replaced";
          s_.problems.push_back("load-stdlib: " + f.path +
                                " differed from the copy built into llmos (modified, or from another version): replaced");
        } else {
          f.status = "installed";
        }
      }
      f.bytes = expected.size();
      s_.stdlib_files.push_back(std::move(f));
    }
    if (!ok) {
      why = "the stdlib files in " + dir.string() + " cannot be installed";
      return nullptr;
    }
    auto lib = std::make_shared<kernel::Stdlib>();
    for (std::size_t i = 0; i < files.size(); ++i) lib->bytecode[i] = (*bytes)[i];
    lib->storage = bytes;
    lib->origin = dir.string();
    return lib;
  }

  void finalize(StageReport& r) {
    const bool js_runs = s_.javascript == "ready" && s_.stdlib == "ready";
    bool trouble = false;
    for (const auto& st : s_.stages)
      if (st.status == "error" || st.status == "degraded" || st.status == "unavailable") trouble = true;
    s_.status = !js_runs ? "error" : trouble ? "degraded" : "ready";
    r.status = "ok";
    r.detail = "kernel " + s_.status;
  }

  const BootConfig& config_;
  KernelStatus& s_;
  std::string& data_dir_;
  std::shared_ptr<const kernel::Stdlib>& stdlib_;
  bool system_resolved_ = false;
  bool system_mounted_ = false;
};

std::mutex g_kernel_mutex;
std::shared_ptr<const Kernel> g_kernel;

}  // namespace

std::string resolve_data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  const auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v ? v : "";
  };
  if (auto d = env("LLMOS_DATA_DIR"); !d.empty()) return d;
  if (auto d = env("XDG_DATA_HOME"); !d.empty()) return d + "/llmos";
  if (auto d = env("HOME"); !d.empty()) return d + "/.local/share/llmos";
  return ".llmos";
}

std::shared_ptr<const Kernel> Kernel::boot(const BootConfig& config) {
  std::shared_ptr<Kernel> k(new Kernel);
  Booter(config, k->status_, k->data_dir_, k->stdlib_).run();
  return k;
}

std::shared_ptr<const Kernel> boot_kernel(const BootConfig& config) {
  auto k = Kernel::boot(config);
  std::lock_guard lock(g_kernel_mutex);
  g_kernel = k;
  return k;
}

std::shared_ptr<const Kernel> process_kernel() {
  std::lock_guard lock(g_kernel_mutex);
  return g_kernel;
}

void shutdown_kernel() {
  std::lock_guard lock(g_kernel_mutex);
  g_kernel.reset();
}

bool is_kernel_ready() {
  const auto k = process_kernel();
  return k && k->ready();
}

KernelStatus get_kernel_status() {
  const auto k = process_kernel();
  KernelStatus s = k ? k->status() : KernelStatus::not_booted();
  if (const JsWorkerStatus js = js_worker_status(); js.status != "lazy") {
    s.js_isolation = "process";
    s.js_workers_status = js.status;
    s.js_workers = js.workers;
    s.js_workers_idle = js.idle;
    s.js_worker_runs = js.runs;
    s.js_worker_crashes = js.crashed;
    s.js_workers_killed_stuck = js.killed_stuck;
    s.js_workers_sandbox = js.sandbox;
    s.js_workers_detail = js.detail;
  }
  // init-python is lazy: once a run has started the worker, the module is ready.
  if (s.python == "lazy") {
    const pyworker::HostState py = pyworker::PythonHost::instance().state();
    if (py.status == "ready") {
      s.python = "ready";
      s.python_sandbox = py.sandbox;
      for (auto& st : s.stages)
        if (st.name == "init-python") {
          st.status = "ok";
          st.detail = "started on first use: " + py.detail + "; sandbox " + py.sandbox;
        }
    }
  }
  return s;
}

}  // namespace llmos::executor
