#pragma once
// Holds the time limit for an artifact that spends its time in native calls. QuickJS polls its
// interrupt handler by counting calls and backward jumps (10000 between polls), not by the
// clock: `for (;;) ctx.fill()` on a 2000×2000 canvas, at milliseconds a call, would run tens of
// seconds past its limit. At the deadline a process-wide thread (or a signal: use_signal_timer)
// asks the interpreter to poll at its next step (JS_RequestInterrupt, QuickJS patch 0009), repeating with a growing interval
// until the execution ends, since a request can be lost to a concurrent step.
#include <quickjs.h>

#include <chrono>

namespace llmos::engine {

class InterruptAlarm {
 public:
  // From construction to destruction, `c` must stay alive; after the destructor returns the
  // alarm thread no longer touches it.
  InterruptAlarm(JSContext* c, std::chrono::steady_clock::time_point deadline);
  InterruptAlarm(const InterruptAlarm&) = delete;
  InterruptAlarm& operator=(const InterruptAlarm&) = delete;
  ~InterruptAlarm();

  // For a process that runs one execution at a time and cannot start threads (a sandboxed
  // worker: unshare(CLONE_NEWUSER) refuses a threaded process, and after unshare(CLONE_NEWPID)
  // clone(CLONE_THREAD) fails): alarms are then SIGALRM from an interval timer (setitimer),
  // its handler making the request. Call before the first execution.
  static void use_signal_timer();

 private:
  JSContext* c_;
  bool armed_ = false;  // false when the deadline is unbounded or no thread could be started
};

}  // namespace llmos::engine
