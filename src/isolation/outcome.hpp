#pragma once
// The closed set of ways a sandboxed run can end (as sandbox2's Result), and how the end of a
// child process maps onto it.
#include <string>
#include <string_view>

namespace llmos::isolation {

enum class Outcome {
  kOk,         // the child reported a result and exited normally
  kError,      // the child reported that the code failed (an exception): still a clean end
  kTimeout,    // the wall-clock limit was hit and the host killed the child, or the CPU limit
  kMemory,     // the memory limit was hit (the child said so, or was killed for it)
  kViolation,  // the seccomp policy killed the child (SIGSYS)
  kCrashed,    // the child died of a fault (SIGSEGV, SIGBUS, SIGABRT, ...) or exited without a result
  kKilled,     // the child was killed by a signal nobody in the host sent for a limit
};

std::string_view to_string(Outcome o);

// How a child ended, from waitpid's status.
struct ChildExit {
  bool exited = false;  // exited normally: `code` is meaningful
  int code = 0;
  int signal = 0;  // killed by this signal when !exited
  static ChildExit from_wait_status(int status);
};

// What the host knows when the child is gone.
struct EndFacts {
  ChildExit exit;
  bool host_timed_out = false;   // the host killed it at the wall-clock limit
  bool reported_result = false;  // a result frame arrived before the end
  bool result_is_error = false;  //   and it described a failure of the code
  bool result_is_memory = false; //   the failure was the memory limit (MemoryError)
};

Outcome classify(const EndFacts& facts);

// "SIGSEGV" for 11, "signal 42" for what has no name.
std::string signal_name(int sig);

}  // namespace llmos::isolation
