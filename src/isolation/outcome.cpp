#include "isolation/outcome.hpp"

#include <sys/wait.h>

#include <csignal>

namespace llmos::isolation {

std::string_view to_string(Outcome o) {
  switch (o) {
    case Outcome::kOk: return "ok";
    case Outcome::kError: return "error";
    case Outcome::kTimeout: return "timeout";
    case Outcome::kMemory: return "memory";
    case Outcome::kViolation: return "violation";
    case Outcome::kCrashed: return "crashed";
    case Outcome::kKilled: return "killed";
  }
  return "crashed";
}

ChildExit ChildExit::from_wait_status(int status) {
  ChildExit e;
  if (WIFEXITED(status)) {
    e.exited = true;
    e.code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    e.signal = WTERMSIG(status);
  }
  return e;
}

Outcome classify(const EndFacts& f) {
  // The host's own kill comes first: whatever the child was doing, the time was up.
  if (f.host_timed_out) return Outcome::kTimeout;
  if (!f.exit.exited) {
    switch (f.exit.signal) {
      case SIGSYS: return Outcome::kViolation;
      case SIGXCPU: return Outcome::kTimeout;
      case SIGSEGV: case SIGBUS: case SIGABRT: case SIGILL: case SIGFPE: case SIGTRAP:
        return Outcome::kCrashed;
      default: return Outcome::kKilled;
    }
  }
  if (!f.reported_result) return Outcome::kCrashed;
  if (f.result_is_memory) return Outcome::kMemory;
  return f.result_is_error ? Outcome::kError : Outcome::kOk;
}

std::string signal_name(int sig) {
  switch (sig) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGUSR1: return "SIGUSR1";
    case SIGSEGV: return "SIGSEGV";
    case SIGUSR2: return "SIGUSR2";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(sig);
  }
}

}  // namespace llmos::isolation
