#include "engine/interrupt_alarm.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/time.h>

namespace llmos::engine {
namespace {

using Clock = std::chrono::steady_clock;

class AlarmThread {
 public:
  // The one instance is never destroyed: executions on other threads may still end while the
  // process exits, and the thread must not outlive the mutex they take.
  static AlarmThread* get() {
    static AlarmThread* const instance = new AlarmThread;
    return instance->started_ ? instance : nullptr;
  }

  void add(JSContext* c, Clock::time_point at) {
    bool sooner;
    {
      std::lock_guard lock(mutex_);
      alarms_.push_back({c, at, kFirstRepeat});
      sooner = at < wake_at_;
    }
    // Waking the thread costs a context switch per execution (a third of a 2+2 artifact's
    // time, measured): only when it sleeps past this alarm. An alarm removed early leaves
    // the thread to wake at the old time and find less to do.
    if (sooner) cv_.notify_one();
  }

  void remove(JSContext* c) {
    std::lock_guard lock(mutex_);
    std::erase_if(alarms_, [c](const Alarm& a) { return a.c == c; });
  }

 private:
  // The first request is usually heard at once; later ones back off so that an artifact stuck
  // in one long native call costs the thread little.
  static constexpr Clock::duration kFirstRepeat = std::chrono::milliseconds(1);
  static constexpr Clock::duration kLongestRepeat = std::chrono::milliseconds(64);

  struct Alarm {
    JSContext* c;
    Clock::time_point at;
    Clock::duration repeat;
  };

  AlarmThread() {
    try {
      std::thread([this] { loop(); }).detach();
      started_ = true;
    } catch (const std::system_error&) {
      // No thread (a process out of threads): executions fall back to QuickJS's own polling.
    }
  }

  void loop() {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (alarms_.empty()) {
        wake_at_ = Clock::time_point::max();
        cv_.wait(lock);
        continue;
      }
      const auto next = std::min_element(alarms_.begin(), alarms_.end(),
                                         [](const Alarm& a, const Alarm& b) { return a.at < b.at; });
      const Clock::time_point at = next->at;
      if (Clock::now() < at) {
        wake_at_ = at;
        cv_.wait_until(lock, at);  // woken early by a sooner alarm, or by the clock
        continue;
      }
      JS_RequestInterrupt(next->c);
      next->at = Clock::now() + next->repeat;
      next->repeat = std::min(next->repeat * 2, kLongestRepeat);
    }
  }

  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<Alarm> alarms_;  // one per running execution: a handful, so a scan is enough
  Clock::time_point wake_at_ = Clock::time_point::min();  // when the thread wakes next (max: only when told)
  bool started_ = false;
};

// The signal form: one execution at a time, so one context to interrupt.
std::atomic<bool> g_signal_timer{false};
std::atomic<JSContext*> g_signalled_context{nullptr};
static_assert(std::atomic<JSContext*>::is_always_lock_free);  // read in a signal handler

constexpr long kSignalRepeatMicros = 2000;

void on_alarm_signal(int) {
  if (JSContext* c = g_signalled_context.load(std::memory_order_relaxed)) JS_RequestInterrupt(c);
}

void set_interval_timer(long first_micros, long repeat_micros) {
  itimerval t{};
  t.it_value.tv_sec = first_micros / 1000000;
  t.it_value.tv_usec = first_micros % 1000000;
  t.it_interval.tv_usec = repeat_micros;
  ::setitimer(ITIMER_REAL, &t, nullptr);
}

}  // namespace

InterruptAlarm::InterruptAlarm(JSContext* c, Clock::time_point deadline) : c_(c) {
  if (deadline == Clock::time_point::max()) return;
  if (g_signal_timer.load(std::memory_order_relaxed)) {
    g_signalled_context.store(c, std::memory_order_relaxed);
    const auto wait = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now()).count();
    set_interval_timer(std::max<long>(1, static_cast<long>(wait)), kSignalRepeatMicros);  // 0 would disarm it
    armed_ = true;
  } else if (AlarmThread* t = AlarmThread::get()) {
    t->add(c, deadline);
    armed_ = true;
  }
}

InterruptAlarm::~InterruptAlarm() {
  if (!armed_) return;
  if (g_signal_timer.load(std::memory_order_relaxed)) {
    set_interval_timer(0, 0);  // disarmed first: a signal already raised finds no context
    g_signalled_context.store(nullptr, std::memory_order_relaxed);
  } else {
    AlarmThread::get()->remove(c_);
  }
}

void InterruptAlarm::use_signal_timer() {
  struct sigaction sa {};
  sa.sa_handler = &on_alarm_signal;
  sa.sa_flags = SA_RESTART;  // the worker's pipe reads and writes go on
  sigemptyset(&sa.sa_mask);
  if (::sigaction(SIGALRM, &sa, nullptr) == 0) g_signal_timer.store(true, std::memory_order_relaxed);
}

}  // namespace llmos::engine
