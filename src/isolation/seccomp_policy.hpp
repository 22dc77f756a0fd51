#pragma once
// A seccomp-bpf policy written as named permission groups (as sandbox2's PolicyBuilder): a
// policy starts empty (every system call refused with EPERM) and grants whole groups, each
// documented. Grants that weaken the sandbox are spelled DANGEROUS_ so a reviewer sees them.
// Calls that only an escape attempt makes are `kill`ed (the child dies of SIGSYS: the
// `violation` outcome) rather than refused.
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace llmos::isolation {

enum class Action { kAllow, kErrno, kKill };

// One argument test, as libseccomp's: (arg[index] & mask) == value.
struct ArgMatch {
  unsigned index = 0;
  std::uint64_t mask = ~std::uint64_t{0};
  std::uint64_t value = 0;
};

struct SyscallRule {
  std::string name;  // as the kernel names it ("openat")
  Action action = Action::kAllow;
  int error = 0;                   // for kErrno
  std::optional<ArgMatch> match;  // the rule applies only when the argument matches
  std::string group;              // the permission group that added it
};

class PolicyBuilder {
 public:
  // read/write and friends on descriptors the process already holds; poll/select; dup/fcntl;
  // ioctl only for the few terminal and FIONREAD requests stdio makes.
  PolicyBuilder& allow_stdio();
  // mmap/munmap/mprotect/brk/madvise/mremap: the allocator (RLIMIT_AS bounds the total).
  PolicyBuilder& allow_memory();
  // open/stat/readdir/mkdir/unlink/rename...: which paths is decided by Landlock, not here.
  PolicyBuilder& allow_filesystem();
  // Clocks, sleeping, timers that signal the process itself.
  PolicyBuilder& allow_time();
  // Signal handlers and masks; kill/tgkill only with the process's own pid `self`.
  PolicyBuilder& allow_signals_to_self(pid_t self);
  // New threads (clone with CLONE_THREAD) and futexes; never a new process.
  PolicyBuilder& allow_threads();
  // getpid, gettid (abort() needs it), getuid, uname, getrandom, getrusage, prlimit64, sched_getaffinity...
  PolicyBuilder& allow_process_info();
  PolicyBuilder& allow_exit();
  // fork, vfork, clone without CLONE_THREAD, execve, execveat: refused with EPERM (clean
  // errors: subprocess and os.fork raise PermissionError); clone3 with ENOSYS (so glibc uses
  // clone for threads, which this policy can inspect).
  PolicyBuilder& refuse_new_processes();
  // socket, connect, bind, listen, accept (and socketpair, unless allow_local_event_loops grants
  // it): refused with EPERM.
  PolicyBuilder& refuse_sockets();
  // An event loop inside the process (Python's asyncio): epoll, eventfd, and a connected AF_UNIX
  // stream socketpair for its wake-up channel, with the calls that move bytes over sockets the
  // process holds. None of it reaches outside: socket() and connect() stay refused, and a
  // connected stream socket cannot be sent to another address (EISCONN).
  PolicyBuilder& allow_local_event_loops();
  // ptrace, mount, unshare, setns, bpf, kexec, modules, keyrings, userfaultfd, io_uring,
  // process_vm_*: the process is killed (violation).
  PolicyBuilder& kill_on_escape_attempts();

  // Escape hatch for one system call outside the groups. Visible on purpose.
  PolicyBuilder& DANGEROUS_allow(const std::string& syscall_name);

  const std::vector<SyscallRule>& rules() const { return rules_; }
  std::vector<std::string> groups() const { return groups_; }
  // The action for `name` with no argument information (unconditional rules only; a call with
  // only conditional rules reports kErrno, the default).
  Action action_for(const std::string& name) const;

  // Loads the filter into the calling thread (and sets no_new_privs). The process cannot
  // remove it afterwards. An error text when the kernel refuses.
  std::optional<std::string> install() const;

 private:
  PolicyBuilder& add(const char* group, std::initializer_list<const char*> names, Action action = Action::kAllow,
                     int error = 0);
  void note_group(const char* group);
  std::vector<SyscallRule> rules_;
  std::vector<std::string> groups_;
};

// Whether the kernel offers seccomp filters.
bool seccomp_available();

}  // namespace llmos::isolation
