#pragma once
// The resource limits of one execution (CONTRACT §1, §2). One struct feeds the engine's hooks
// and, later, a worker process's rlimits.
#include <cstddef>
#include <cstdint>

namespace llmos {

struct Limits {
  static constexpr std::int64_t kDefaultTimeoutMs = 5000;
  static constexpr std::int64_t kDefaultMemoryMb = 128;

  std::int64_t timeout_ms = kDefaultTimeoutMs;
  std::size_t memory_bytes = static_cast<std::size_t>(kDefaultMemoryMb) << 20;
  // Native stack the JavaScript engine may use: about 6,000 frames of ordinary recursion.
  std::size_t stack_bytes = std::size_t{4} << 20;
  std::size_t max_output_bytes = std::size_t{1} << 20;  // completion value as JSON
  std::size_t max_logs_bytes = std::size_t{1} << 20;    // all log entries together
  std::size_t max_stderr_bytes = std::size_t{1} << 20;  // all stderr entries together
  // Nesting depth past which the result conversion writes a marker instead of descending: 500,
  // so that the result stays readable by JSON parsers that recurse (Python's json module stops
  // near 1000 levels with a RecursionError).
  int max_json_depth = 500;
};

}  // namespace llmos
