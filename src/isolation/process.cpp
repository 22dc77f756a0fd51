#include "isolation/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace llmos::isolation {

WorkerProcess::WorkerProcess(WorkerProcess&& o) noexcept : pid_(o.pid_), channel_(std::move(o.channel_)) {
  o.pid_ = -1;
}

WorkerProcess& WorkerProcess::operator=(WorkerProcess&& o) noexcept {
  if (this != &o) {
    terminate();
    pid_ = o.pid_;
    o.pid_ = -1;
    channel_ = std::move(o.channel_);
  }
  return *this;
}

WorkerProcess WorkerProcess::spawn(const std::string& path, const std::vector<std::string>& args,
                                   const std::vector<std::string>& env, bool inherit_stderr, std::string& error) {
  WorkerProcess w;
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    error = std::string("socketpair: ") + std::strerror(errno);
    return w;
  }
  UniqueFd host_end(sv[0]), worker_end(sv[1]);

  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  if (!inherit_stderr) posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  // dup2 onto fd 3 clears close-on-exec (glibc does so even when the numbers are equal).
  posix_spawn_file_actions_adddup2(&fa, worker_end.get(), 3);
  // Nothing else of the host's: a descriptor another thread opened without close-on-exec (a
  // client's connection, a database file) must never reach an untrusted process.
  posix_spawn_file_actions_addclosefrom_np(&fa, 4);
  // Its own process group; default signal dispositions and an empty mask, whatever the host's.
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

  std::vector<char*> argv, envp;
  argv.push_back(const_cast<char*>(path.c_str()));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, path.c_str(), &fa, &attr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    error = "cannot start " + path + ": " + std::strerror(rc);
    return w;
  }
  w.pid_ = pid;
  w.channel_ = std::move(host_end);
  return w;
}

void WorkerProcess::terminate() {
  channel_.reset();
  if (pid_ > 0) {
    kill_tree(pid_);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
  }
}

ChildExit WorkerProcess::reap(std::chrono::milliseconds grace) {
  channel_.reset();
  ChildExit exit;
  if (pid_ <= 0) return exit;
  const auto deadline = std::chrono::steady_clock::now() + grace;
  int status = 0;
  for (;;) {
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) break;
    if (r < 0 && errno != EINTR) {  // not our child any more: nothing to report
      pid_ = -1;
      return exit;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill_tree(pid_);
      while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
      }
      break;
    }
    ::usleep(1000);
  }
  ::kill(-pid_, SIGKILL);  // whatever it left in its group
  pid_ = -1;
  return ChildExit::from_wait_status(status);
}

void kill_tree(pid_t pid) {
  if (pid <= 0) return;
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
}

std::string find_helper_executable(const char* env_var, const char* name, const std::vector<std::string>& fallbacks) {
  const auto executable = [](const std::string& p) { return !p.empty() && ::access(p.c_str(), X_OK) == 0; };
  if (const char* env = std::getenv(env_var); env && *env) return executable(env) ? env : "";
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::string beside = (self.parent_path() / name).string();
    if (executable(beside)) return beside;
  }
  for (const auto& f : fallbacks)
    if (executable(f)) return f;
  return "";
}

}  // namespace llmos::isolation
