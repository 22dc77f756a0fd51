#include "engine/event_loop.hpp"

#include <cmath>

namespace llmos::engine {

std::optional<std::int64_t> EventLoop::add(Value fn, std::vector<Value> args, double delay_ms,
                                           bool repeat) {
  if (timers_.size() >= kMaxTimers) return std::nullopt;
  // As in browsers and Node: a negative, NaN or missing delay means 0; intervals of 0 run at
  // 1 ms so a zero-delay interval cannot starve the rest of the loop.
  if (!(delay_ms >= 0) ) delay_ms = 0;
  if (delay_ms > 2147483647.0) delay_ms = 1;  // Node's TIMEOUT_MAX overflow rule
  if (repeat && delay_ms < 1) delay_ms = 1;
  const auto interval = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double, std::milli>(delay_ms));
  const std::int64_t id = next_id_++;
  Timer t{std::move(fn), std::move(args), interval, repeat, Clock::now() + interval};
  queue_.emplace(t.due, id);
  timers_.emplace(id, std::move(t));
  return id;
}

void EventLoop::clear(std::int64_t id) {
  auto it = timers_.find(id);
  if (it == timers_.end()) return;
  queue_.erase({it->second.due, id});
  timers_.erase(it);
}

std::optional<Clock::time_point> EventLoop::next_due() const {
  if (queue_.empty()) return std::nullopt;
  return queue_.begin()->first;
}

bool EventLoop::run_next(JSContext* ctx) {
  if (queue_.empty()) return true;
  const auto [due, id] = *queue_.begin();
  if (due > Clock::now()) return true;
  queue_.erase(queue_.begin());
  auto it = timers_.find(id);
  // Keep the callback alive for the call even if it clears its own timer.
  Value fn = it->second.fn;
  std::vector<Value> args = it->second.args;
  if (it->second.repeat) {
    it->second.due = Clock::now() + it->second.interval;
    queue_.emplace(it->second.due, id);
  } else {
    timers_.erase(it);
  }
  std::vector<JSValueConst> argv;
  argv.reserve(args.size());
  for (const Value& a : args) argv.push_back(a.get());
  Value r(ctx, JS_Call(ctx, fn.get(), JS_UNDEFINED, static_cast<int>(argv.size()), argv.data()));
  return !r.is_exception();
}

}  // namespace llmos::engine
