#pragma once
// Timers of one context (setTimeout/setInterval, LLMOS.utils.sleep), ordered by due time.
// Promise jobs live in QuickJS's own queue; the evaluator drives both (eval.cpp).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "engine/deadline.hpp"
#include "engine/value.hpp"

namespace llmos::engine {

class EventLoop {
 public:
  static constexpr std::size_t kMaxTimers = 100000;

  // Schedules `fn(args...)` after `delay_ms` (and every `delay_ms` when `repeat`).
  // Returns the timer id, or nullopt when too many timers are pending.
  std::optional<std::int64_t> add(Value fn, std::vector<Value> args, double delay_ms, bool repeat);
  void clear(std::int64_t id);
  bool empty() const { return timers_.empty(); }
  std::optional<Clock::time_point> next_due() const;

  // Runs the earliest timer if it is due. Returns false when its callback threw (the exception
  // is left pending in `ctx`).
  bool run_next(JSContext* ctx);

  // Drops every timer (and the references they hold) before the context goes away.
  void clear_all() {
    queue_.clear();
    timers_.clear();
  }

 private:
  struct Timer {
    Value fn;
    std::vector<Value> args;
    Clock::duration interval{};
    bool repeat = false;
    Clock::time_point due;
  };
  std::int64_t next_id_ = 1;
  std::map<std::int64_t, Timer> timers_;
  // (due, id): ids break ties so timers with the same due time run in creation order.
  std::set<std::pair<Clock::time_point, std::int64_t>> queue_;
};

}  // namespace llmos::engine
