#pragma once
// The pure core of LLMOS.utils (no engine types): ids and numeric helpers.
#include <cstdint>
#include <optional>
#include <string>

namespace llmos::kernel::utils {

inline constexpr double kMaxSleepMs = 10000;

// `1703012345678-abc123`: milliseconds since the epoch, a dash and six base-36 characters.
// Unique within the process (a bijective walk over the 36^6 suffixes from a random start)
// and unpredictable across processes.
std::string uid(std::int64_t epoch_ms);

// clamp(v, lo, hi) as in the seed; nullopt when lo > hi (a RangeError for the caller).
std::optional<double> clamp(double v, double lo, double hi);

// Linear interpolation a + (b - a) * t (t is not clamped, as in most graphics libraries).
double lerp(double a, double b, double t);

}  // namespace llmos::kernel::utils
