#include "isolation/seccomp_policy.hpp"

#include <linux/sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <termios.h>

#include <cerrno>
#include <memory>

namespace llmos::isolation {

void PolicyBuilder::note_group(const char* group) {
  for (const auto& g : groups_)
    if (g == group) return;
  groups_.emplace_back(group);
}

PolicyBuilder& PolicyBuilder::add(const char* group, std::initializer_list<const char*> names, Action action,
                                  int error) {
  note_group(group);
  for (const char* n : names) rules_.push_back(SyscallRule{n, action, error, std::nullopt, group});
  return *this;
}

PolicyBuilder& PolicyBuilder::allow_stdio() {
  add("stdio", {"read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2",
                "pwritev2", "lseek", "close", "close_range", "dup", "dup2", "dup3", "fcntl", "poll", "ppoll",
                "select", "pselect6", "pipe", "pipe2", "sendfile", "copy_file_range", "splice"});
  for (unsigned long req : {static_cast<unsigned long>(TCGETS), static_cast<unsigned long>(TIOCGWINSZ),
                            static_cast<unsigned long>(FIONREAD), static_cast<unsigned long>(FIONBIO),
                            static_cast<unsigned long>(FIOCLEX), static_cast<unsigned long>(FIONCLEX)})
    rules_.push_back(SyscallRule{"ioctl", Action::kAllow, 0, ArgMatch{1, 0xffffffffu, req}, "stdio"});
  return *this;
}

PolicyBuilder& PolicyBuilder::allow_memory() {
  return add("memory", {"brk", "mmap", "munmap", "mprotect", "mremap", "madvise", "msync", "mincore",
                        "membarrier", "get_mempolicy"});
}

PolicyBuilder& PolicyBuilder::allow_filesystem() {
  return add("filesystem (paths confined by Landlock)",
             {"open", "openat", "openat2", "creat", "stat", "lstat", "fstat", "newfstatat", "statx", "statfs",
              "fstatfs", "access", "faccessat", "faccessat2", "readlink", "readlinkat", "getdents64", "getcwd",
              "chdir", "fchdir", "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat", "rename", "renameat",
              "renameat2", "truncate", "ftruncate", "fsync", "fdatasync", "fallocate", "umask", "chmod",
              "fchmod", "fchmodat", "utimensat", "futimesat", "utime", "utimes", "flock", "fadvise64",
              "getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr", "flistxattr", "link", "linkat",
              "symlink", "symlinkat", "memfd_create", "inotify_init1"});
}

PolicyBuilder& PolicyBuilder::allow_time() {
  return add("time", {"clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep", "clock_nanosleep",
                      "alarm", "setitimer", "getitimer", "timer_create", "timer_settime", "timer_gettime",
                      "timer_getoverrun", "timer_delete", "pause", "sched_yield"});
}

PolicyBuilder& PolicyBuilder::allow_signals_to_self(pid_t self) {
  add("signals (own process only)", {"rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending",
                                     "rt_sigsuspend", "rt_sigtimedwait", "sigaltstack", "restart_syscall"});
  const auto me = static_cast<std::uint64_t>(self);
  for (const char* n : {"kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"})
    rules_.push_back(SyscallRule{n, Action::kAllow, 0, ArgMatch{0, 0xffffffffu, me}, "signals (own process only)"});
  return *this;
}

PolicyBuilder& PolicyBuilder::allow_threads() {
  add("threads", {"futex", "futex_waitv", "set_robust_list", "get_robust_list", "set_tid_address", "rseq",
                  "arch_prctl", "gettid", "sched_getaffinity", "sched_setaffinity", "sched_getparam",
                  "sched_getscheduler", "getcpu"});
  rules_.push_back(SyscallRule{"clone", Action::kAllow, 0,
                               ArgMatch{0, static_cast<std::uint64_t>(CLONE_THREAD), static_cast<std::uint64_t>(CLONE_THREAD)},
                               "threads"});
  return *this;
}

PolicyBuilder& PolicyBuilder::allow_process_info() {
  add("process info", {"getpid", "gettid", "getppid", "getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid",
                       "getgroups", "getpgrp", "getpgid", "getsid", "uname", "getrandom", "getrusage", "times",
                       "sysinfo", "getpriority", "getrlimit", "capget", "wait4", "waitid"});
  // prlimit64 on itself only (setrlimit/getrlimit): hard limits equal soft ones, so it can
  // only lower them.
  rules_.push_back(SyscallRule{"prlimit64", Action::kAllow, 0, ArgMatch{0, ~std::uint64_t{0}, 0}, "process info"});
  return *this;
}

PolicyBuilder& PolicyBuilder::allow_exit() { return add("exit", {"exit", "exit_group"}); }

PolicyBuilder& PolicyBuilder::refuse_new_processes() {
  // clone without CLONE_THREAD meets the default (EPERM): an unconditional rule here would
  // override allow_threads()'s conditional one.
  add("no new processes", {"fork", "vfork", "execve", "execveat"}, Action::kErrno, EPERM);
  return add("no new processes", {"clone3"}, Action::kErrno, ENOSYS);
}

PolicyBuilder& PolicyBuilder::refuse_sockets() {
  // socketpair meets the default (EPERM) unless allowed: an unconditional rule here would
  // override allow_local_event_loops()'s conditional one.
  return add("no sockets", {"socket", "connect", "bind", "listen", "accept", "accept4"}, Action::kErrno, EPERM);
}

PolicyBuilder& PolicyBuilder::allow_local_event_loops() {
  add("local event loops", {"epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait",
                            "epoll_pwait2", "eventfd", "eventfd2", "sendto", "recvfrom", "sendmsg", "recvmsg",
                            "shutdown", "getsockopt", "getsockname", "getpeername"});
  // The type, without SOCK_CLOEXEC/SOCK_NONBLOCK: only SOCK_STREAM (a datagram socket could be
  // sent to a named socket elsewhere). The kernel makes pairs only of AF_UNIX here.
  rules_.push_back(SyscallRule{"socketpair", Action::kAllow, 0, ArgMatch{1, 0xf, static_cast<std::uint64_t>(SOCK_STREAM)},
                               "local event loops"});
  return *this;
}

PolicyBuilder& PolicyBuilder::kill_on_escape_attempts() {
  return add("escape attempts (kill)",
             {"ptrace", "process_vm_readv", "process_vm_writev", "mount", "umount2", "pivot_root", "chroot",
              "unshare", "setns", "bpf", "perf_event_open", "kexec_load", "kexec_file_load", "init_module",
              "finit_module", "delete_module", "keyctl", "add_key", "request_key", "userfaultfd",
              "io_uring_setup", "io_uring_enter", "io_uring_register", "open_by_handle_at", "name_to_handle_at",
              "quotactl", "reboot", "swapon", "swapoff", "settimeofday", "clock_settime", "adjtimex",
              "fsopen", "fsmount", "fsconfig", "move_mount", "open_tree", "mount_setattr", "pidfd_getfd",
              "kcmp", "iopl", "ioperm"},
             Action::kKill);
}

PolicyBuilder& PolicyBuilder::DANGEROUS_allow(const std::string& syscall_name) {
  note_group("DANGEROUS: single grants");
  rules_.push_back(SyscallRule{syscall_name, Action::kAllow, 0, std::nullopt, "DANGEROUS: single grants"});
  return *this;
}

Action PolicyBuilder::action_for(const std::string& name) const {
  for (const auto& r : rules_)
    if (r.name == name && !r.match) return r.action;
  return Action::kErrno;
}

std::optional<std::string> PolicyBuilder::install() const {
  struct Free {
    void operator()(void* c) const { seccomp_release(c); }
  };
  std::unique_ptr<void, Free> ctx(seccomp_init(SCMP_ACT_ERRNO(EPERM)));
  if (!ctx) return "seccomp_init failed";
  for (const auto& r : rules_) {
    const int nr = seccomp_syscall_resolve_name(r.name.c_str());
    if (nr == __NR_SCMP_ERROR) continue;  // not a call of this architecture
    // Refusals with EPERM are the default action: libseccomp rejects rules that repeat it.
    if (r.action == Action::kErrno && r.error == EPERM) continue;
    const std::uint32_t action = r.action == Action::kAllow   ? SCMP_ACT_ALLOW
                                 : r.action == Action::kKill  ? SCMP_ACT_KILL_PROCESS
                                                              : SCMP_ACT_ERRNO(static_cast<std::uint32_t>(r.error));
    int rc;
    if (r.match) {
      const scmp_arg_cmp cmp = SCMP_CMP(r.match->index, SCMP_CMP_MASKED_EQ, r.match->mask, r.match->value);
      rc = seccomp_rule_add_array(ctx.get(), action, nr, 1, &cmp);
    } else {
      rc = seccomp_rule_add(ctx.get(), action, nr, 0);
    }
    // -EEXIST: an unconditional rule for the same call with the same action is already there.
    if (rc != 0 && rc != -EEXIST) return "seccomp rule for " + r.name + " refused (" + std::to_string(-rc) + ")";
  }
  if (seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 1) != 0) return "seccomp: cannot set no_new_privs";
  if (const int rc = seccomp_load(ctx.get()); rc != 0) return "seccomp_load failed (" + std::to_string(-rc) + ")";
  return std::nullopt;
}

bool seccomp_available() { return ::prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0; }

}  // namespace llmos::isolation
