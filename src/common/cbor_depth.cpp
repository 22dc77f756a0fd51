#include "common/cbor_depth.hpp"

#include <cstdint>
#include <vector>

namespace llmos {

bool cbor_within_depth(std::string_view b, std::size_t max_depth) {
  constexpr std::uint64_t kIndefinite = UINT64_MAX;
  std::vector<std::uint64_t> open{1};  // items still expected in each open container; the top: one
  std::size_t i = 0;
  while (!open.empty()) {
    if (open.back() == 0) {
      open.pop_back();
      continue;
    }
    if (i >= b.size()) return false;
    const auto ib = static_cast<std::uint8_t>(b[i++]);
    if (ib == 0xff) {  // "break": ends an indefinite-length container
      if (open.back() != kIndefinite) return false;
      open.pop_back();
      continue;
    }
    if (open.back() != kIndefinite) --open.back();
    const unsigned major = ib >> 5, info = ib & 31u;
    std::uint64_t arg = info;
    bool indefinite = false;
    if (info >= 24 && info <= 27) {
      const std::size_t n = std::size_t{1} << (info - 24);
      if (b.size() - i < n) return false;
      arg = 0;
      for (std::size_t k = 0; k < n; ++k) arg = (arg << 8) | static_cast<std::uint8_t>(b[i++]);
    } else if (info == 31) {
      if (major < 2 || major > 5) return false;
      indefinite = true;
    } else if (info > 27) {
      return false;
    }
    switch (major) {
      case 2:
      case 3:  // byte and text strings: skip the bytes, or read the chunks of an indefinite one
        if (indefinite) {
          open.push_back(kIndefinite);
        } else {
          if (b.size() - i < arg) return false;
          i += static_cast<std::size_t>(arg);
        }
        break;
      case 4:
        open.push_back(indefinite ? kIndefinite : arg);
        break;
      case 5:
        if (!indefinite && arg > (UINT64_MAX >> 2)) return false;
        open.push_back(indefinite ? kIndefinite : 2 * arg);
        break;
      case 6:  // a tag and the one item it tags
        open.push_back(1);
        break;
      default:  // integers, simple values and floats: the argument was all there is
        break;
    }
    if (open.size() > max_depth + 1) return false;
  }
  return true;
}

}  // namespace llmos
