#include "kernel/utils/utils_core.hpp"

#include <atomic>
#include <cmath>
#include <random>

namespace llmos::kernel::utils {
namespace {

constexpr std::uint64_t kSuffixSpace = 2176782336ULL;  // 36^6
// Odd and not a multiple of 3, so coprime with 36^6: stepping by it visits every suffix once.
constexpr std::uint64_t kStep = 2654435761ULL;

std::uint64_t random_start() {
  std::random_device rd;
  return ((static_cast<std::uint64_t>(rd()) << 32) ^ rd()) % kSuffixSpace;
}

}  // namespace

std::string uid(std::int64_t epoch_ms) {
  static const std::uint64_t start = random_start();
  static std::atomic<std::uint64_t> counter{0};
  std::uint64_t n = (start + counter.fetch_add(1, std::memory_order_relaxed) * kStep) % kSuffixSpace;
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string suffix(6, '0');
  for (int i = 5; i >= 0; --i) {
    suffix[static_cast<std::size_t>(i)] = kDigits[n % 36];
    n /= 36;
  }
  return std::to_string(epoch_ms) + "-" + suffix;
}

std::optional<double> clamp(double v, double lo, double hi) {
  if (lo > hi || std::isnan(lo) || std::isnan(hi)) return std::nullopt;
  if (std::isnan(v)) return v;
  return v < lo ? lo : (v > hi ? hi : v);
}

double lerp(double a, double b, double t) {
  // The ends exactly, even when the other end is infinite (0 * Infinity would be NaN).
  if (t == 0) return a;
  if (t == 1 || a == b) return b;
  const double r = a + (b - a) * t;
  // b - a overflows for finite ends far apart (1e308 and -1e308): weigh each end instead.
  if (!std::isfinite(r) && std::isfinite(a) && std::isfinite(b)) return (1 - t) * a + t * b;
  return r;
}

}  // namespace llmos::kernel::utils
