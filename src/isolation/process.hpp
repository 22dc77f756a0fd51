#pragma once
// Starting and ending a worker process from a (possibly multi-threaded) host.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "isolation/outcome.hpp"
#include "isolation/unique_fd.hpp"

namespace llmos::isolation {

// A started worker: its pid and the host's end of a socketpair whose other end is the worker's
// fd 3. Its stdin/stdout are /dev/null, stderr is the host's or /dev/null. Killed (SIGKILL, its
// whole process group) and reaped when destroyed.
class WorkerProcess {
 public:
  WorkerProcess() = default;
  WorkerProcess(WorkerProcess&& o) noexcept;
  WorkerProcess& operator=(WorkerProcess&& o) noexcept;
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;
  ~WorkerProcess() { terminate(); }

  // Starts `path` with `args` (argv[1..]) and exactly `env`. Empty error on success.
  static WorkerProcess spawn(const std::string& path, const std::vector<std::string>& args,
                             const std::vector<std::string>& env, bool inherit_stderr, std::string& error);

  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }
  int fd() const { return channel_.get(); }
  // SIGKILL to the worker's process group and the worker, then reaps it.
  void terminate();
  // How a worker that is ending (its channel closed) ended: waits up to `grace` for it to exit
  // on its own, then kills it. The worker is gone afterwards.
  ChildExit reap(std::chrono::milliseconds grace);

 private:
  pid_t pid_ = -1;
  UniqueFd channel_;
};

// A helper executable of llmos (a worker): $`env_var` when set (and only then), else `name`
// next to the running executable, else the first of `fallbacks` (build tree, install prefix)
// that exists. Empty when none is executable.
std::string find_helper_executable(const char* env_var, const char* name, const std::vector<std::string>& fallbacks);

// SIGKILL to the process group `pid` leads and to `pid` itself (a process that left the group
// is still hit). Signals to processes that are gone are ignored.
void kill_tree(pid_t pid);

}  // namespace llmos::isolation
