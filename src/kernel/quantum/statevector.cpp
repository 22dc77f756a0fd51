#include "kernel/quantum/statevector.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include "common/check.hpp"

namespace llmos::kernel::quantum {
namespace {

constexpr double kSqrtHalf = 0.70710678118654752440;

// std::complex's operator* checks for NaN and may call __muldc3, which keeps the loops below
// from vectorising; amplitudes are always finite here.
struct Mul {
  double re, im;
};
inline Mul mul(const Amplitude& a, double re, double im) {
  return {a.real() * re - a.imag() * im, a.real() * im + a.imag() * re};
}

// `k` with a zero bit inserted at position `pos`: walking k over [0, 2^(n-1)) visits every
// index whose bit `pos` is clear.
inline std::size_t insert_zero(std::size_t k, int pos) {
  const std::size_t low = k & ((std::size_t{1} << pos) - 1);
  return ((k >> pos) << (pos + 1)) | low;
}

bool is_zero(const Amplitude& a) { return a.real() == 0 && a.imag() == 0; }
bool is_one(const Amplitude& a) { return a.real() == 1 && a.imag() == 0; }

}  // namespace

namespace gates {
Gate1 h() { return {{kSqrtHalf, kSqrtHalf, kSqrtHalf, -kSqrtHalf}}; }
Gate1 x() { return {{0, 1, 1, 0}}; }
Gate1 y() { return {{0, Amplitude(0, -1), Amplitude(0, 1), 0}}; }
Gate1 z() { return {{1, 0, 0, -1}}; }
Gate1 s() { return {{1, 0, 0, Amplitude(0, 1)}}; }
Gate1 sdg() { return {{1, 0, 0, Amplitude(0, -1)}}; }
Gate1 t() { return {{1, 0, 0, Amplitude(kSqrtHalf, kSqrtHalf)}}; }
Gate1 tdg() { return {{1, 0, 0, Amplitude(kSqrtHalf, -kSqrtHalf)}}; }
Gate1 rx(double theta) {
  const double c = std::cos(theta / 2), s = std::sin(theta / 2);
  return {{c, Amplitude(0, -s), Amplitude(0, -s), c}};
}
Gate1 ry(double theta) {
  const double c = std::cos(theta / 2), s = std::sin(theta / 2);
  return {{c, -s, s, c}};
}
Gate1 rz(double theta) {
  const double c = std::cos(theta / 2), s = std::sin(theta / 2);
  return {{Amplitude(c, -s), 0, 0, Amplitude(c, s)}};
}
}  // namespace gates

Gate1 then(const Gate1& a, const Gate1& b) {
  Gate1 r;
  r.m[0] = b.m[0] * a.m[0] + b.m[1] * a.m[2];
  r.m[1] = b.m[0] * a.m[1] + b.m[1] * a.m[3];
  r.m[2] = b.m[2] * a.m[0] + b.m[3] * a.m[2];
  r.m[3] = b.m[2] * a.m[1] + b.m[3] * a.m[3];
  return r;
}

StateVector::StateVector(int num_qubits)
    : n_(num_qubits),
      amp_(std::size_t{1} << num_qubits),
      pending_(static_cast<std::size_t>(num_qubits)),
      has_pending_(static_cast<std::size_t>(num_qubits), false) {
  LLMOS_CHECK(num_qubits >= 1 && num_qubits <= kMaxQubits);
  amp_[0] = 1;
}

void StateVector::apply(int qubit, const Gate1& gate) {
  LLMOS_CHECK(qubit >= 0 && qubit < n_);
  const auto q = static_cast<std::size_t>(qubit);
  pending_[q] = has_pending_[q] ? then(pending_[q], gate) : gate;
  has_pending_[q] = true;
}

void StateVector::flush(int qubit) {
  const auto q = static_cast<std::size_t>(qubit);
  if (!has_pending_[q]) return;
  has_pending_[q] = false;
  apply_now(qubit, pending_[q]);
}

// Applying the pending gates is what reading a big state costs; memory traffic dominates it.
// Gates on the low qubits touch amplitudes close together: all of them are applied one cache-sized
// block at a time, in a single sweep over the state. Gates on the high qubits are applied two per
// sweep, on groups of four amplitudes.
void StateVector::flush_all() {
  constexpr int kBlockQubits = 10;  // 2^10 amplitudes: 16 KB, in L1/L2 while all gates run on it
  const int low = std::min(n_, kBlockQubits);
  bool any_low = false;
  for (int q = 0; q < n_; ++q) {
    if (!has_pending_[static_cast<std::size_t>(q)]) continue;
    extend(q);
    any_low = any_low || q < low;
  }
  if (any_low) {
    const std::size_t block = std::min(std::size_t{1} << low, extent_);
    for (std::size_t begin = 0; begin < extent_; begin += block)
      for (int q = 0; q < low; ++q)
        if (has_pending_[static_cast<std::size_t>(q)])
          apply_range(q, pending_[static_cast<std::size_t>(q)], begin, begin + block);
    for (int q = 0; q < low; ++q) has_pending_[static_cast<std::size_t>(q)] = false;
  }
  int waiting = -1;
  for (int q = low; q < n_; ++q) {
    if (!has_pending_[static_cast<std::size_t>(q)]) continue;
    if (waiting < 0) {
      waiting = q;
      continue;
    }
    apply_pair(waiting, q);
    has_pending_[static_cast<std::size_t>(waiting)] = has_pending_[static_cast<std::size_t>(q)] = false;
    waiting = -1;
  }
  if (waiting >= 0) flush(waiting);
}

void StateVector::apply_now(int qubit, const Gate1& g) {
  extend(qubit);
  apply_range(qubit, g, 0, extent_);
}

// Gate `ga` on qubit a and `gb` on qubit b (a < b) in one sweep: each group of the four
// amplitudes that differ only in bits a and b gets both.
void StateVector::apply_pair(int a, int b) {
  const Gate1& ga = pending_[static_cast<std::size_t>(a)];
  const Gate1& gb = pending_[static_cast<std::size_t>(b)];
  const std::size_t sa = std::size_t{1} << a, sb = std::size_t{1} << b;
  const double a0r = ga.m[0].real(), a0i = ga.m[0].imag(), a1r = ga.m[1].real(), a1i = ga.m[1].imag();
  const double a2r = ga.m[2].real(), a2i = ga.m[2].imag(), a3r = ga.m[3].real(), a3i = ga.m[3].imag();
  const double b0r = gb.m[0].real(), b0i = gb.m[0].imag(), b1r = gb.m[1].real(), b1i = gb.m[1].imag();
  const double b2r = gb.m[2].real(), b2i = gb.m[2].imag(), b3r = gb.m[3].real(), b3i = gb.m[3].imag();
  Amplitude* v = amp_.data();
  extend(b);
  const std::size_t n = extent_;
  for (std::size_t hi = 0; hi < n; hi += 2 * sb) {
    for (std::size_t lo = hi; lo < hi + sb; lo += 2 * sa) {
      for (std::size_t i = lo; i < lo + sa; ++i) {
        const Amplitude x00 = v[i], x01 = v[i + sa], x10 = v[i + sb], x11 = v[i + sa + sb];
        // Gate a on (x00, x01) and (x10, x11).
        Mul p = mul(x00, a0r, a0i), q = mul(x01, a1r, a1i);
        const Amplitude y00(p.re + q.re, p.im + q.im);
        p = mul(x00, a2r, a2i), q = mul(x01, a3r, a3i);
        const Amplitude y01(p.re + q.re, p.im + q.im);
        p = mul(x10, a0r, a0i), q = mul(x11, a1r, a1i);
        const Amplitude y10(p.re + q.re, p.im + q.im);
        p = mul(x10, a2r, a2i), q = mul(x11, a3r, a3i);
        const Amplitude y11(p.re + q.re, p.im + q.im);
        // Gate b on (y00, y10) and (y01, y11).
        p = mul(y00, b0r, b0i), q = mul(y10, b1r, b1i);
        v[i] = Amplitude(p.re + q.re, p.im + q.im);
        p = mul(y00, b2r, b2i), q = mul(y10, b3r, b3i);
        v[i + sb] = Amplitude(p.re + q.re, p.im + q.im);
        p = mul(y01, b0r, b0i), q = mul(y11, b1r, b1i);
        v[i + sa] = Amplitude(p.re + q.re, p.im + q.im);
        p = mul(y01, b2r, b2i), q = mul(y11, b3r, b3i);
        v[i + sa + sb] = Amplitude(p.re + q.re, p.im + q.im);
      }
    }
  }
}

void StateVector::apply_range(int qubit, const Gate1& g, std::size_t begin, std::size_t end) {
  const std::size_t stride = std::size_t{1} << qubit;
  Amplitude* a = amp_.data();
  const double m0r = g.m[0].real(), m0i = g.m[0].imag(), m1r = g.m[1].real(), m1i = g.m[1].imag();
  const double m2r = g.m[2].real(), m2i = g.m[2].imag(), m3r = g.m[3].real(), m3i = g.m[3].imag();

  if (is_zero(g.m[1]) && is_zero(g.m[2])) {
    // Diagonal (z, s, t, rz and their products): a phase on each half.
    if (is_one(g.m[0]) && is_one(g.m[3])) return;
    const bool top_is_one = is_one(g.m[0]);
    for (std::size_t base = begin; base < end; base += 2 * stride) {
      for (std::size_t i = base; i < base + stride; ++i) {
        if (!top_is_one) {
          const Mul p = mul(a[i], m0r, m0i);
          a[i] = Amplitude(p.re, p.im);
        }
        const Mul r = mul(a[i + stride], m3r, m3i);
        a[i + stride] = Amplitude(r.re, r.im);
      }
    }
    return;
  }
  for (std::size_t base = begin; base < end; base += 2 * stride) {
    for (std::size_t i = base; i < base + stride; ++i) {
      const Amplitude a0 = a[i], a1 = a[i + stride];
      const Mul p0 = mul(a0, m0r, m0i), p1 = mul(a1, m1r, m1i);
      const Mul p2 = mul(a0, m2r, m2i), p3 = mul(a1, m3r, m3i);
      a[i] = Amplitude(p0.re + p1.re, p0.im + p1.im);
      a[i + stride] = Amplitude(p2.re + p3.re, p2.im + p3.im);
    }
  }
}

void StateVector::cx(int control, int target) {
  LLMOS_CHECK(control >= 0 && control < n_ && target >= 0 && target < n_ && control != target);
  flush(control);
  flush(target);
  const int lo = std::min(control, target), hi = std::max(control, target);
  const std::size_t lo_bit = std::size_t{1} << lo, hi_bit = std::size_t{1} << hi;
  const std::size_t cbit = std::size_t{1} << control, tbit = std::size_t{1} << target;
  Amplitude* a = amp_.data();
  extend(hi);
  // Runs of lo_bit consecutive indices with both bits clear; within a run, the control-set
  // amplitudes swap with their target-flipped partners, run against run.
  for (std::size_t outer = 0; outer < extent_; outer += 2 * hi_bit)
    for (std::size_t run = outer; run < outer + hi_bit; run += 2 * lo_bit)
      std::swap_ranges(a + (run | cbit), a + (run | cbit) + lo_bit, a + (run | cbit | tbit));
}

void StateVector::cz(int a, int b) {
  LLMOS_CHECK(a >= 0 && a < n_ && b >= 0 && b < n_ && a != b);
  flush(a);
  flush(b);
  const int lo = std::min(a, b), hi = std::max(a, b);
  const std::size_t both = (std::size_t{1} << a) | (std::size_t{1} << b);
  extend(hi);
  const std::size_t quarter = extent_ >> 2;
  for (std::size_t k = 0; k < quarter; ++k) {
    const std::size_t i = insert_zero(insert_zero(k, lo), hi) | both;
    amp_[i] = -amp_[i];
  }
}

void StateVector::swap(int a, int b) {
  LLMOS_CHECK(a >= 0 && a < n_ && b >= 0 && b < n_ && a != b);
  flush(a);
  flush(b);
  const int lo = std::min(a, b), hi = std::max(a, b);
  const std::size_t abit = std::size_t{1} << a, bbit = std::size_t{1} << b;
  extend(hi);
  const std::size_t quarter = extent_ >> 2;
  for (std::size_t k = 0; k < quarter; ++k) {
    const std::size_t i = insert_zero(insert_zero(k, lo), hi);
    std::swap(amp_[i | abit], amp_[i | bbit]);
  }
}

void StateVector::ccx(int control1, int control2, int target) {
  LLMOS_CHECK(control1 >= 0 && control1 < n_ && control2 >= 0 && control2 < n_ && target >= 0 &&
              target < n_ && control1 != control2 && control1 != target && control2 != target);
  flush(control1);
  flush(control2);
  flush(target);
  int pos[3] = {control1, control2, target};
  std::sort(pos, pos + 3);
  const std::size_t cbits = (std::size_t{1} << control1) | (std::size_t{1} << control2);
  const std::size_t tbit = std::size_t{1} << target;
  extend(pos[2]);
  const std::size_t eighth = extent_ >> 3;
  for (std::size_t k = 0; k < eighth; ++k) {
    const std::size_t i = insert_zero(insert_zero(insert_zero(k, pos[0]), pos[1]), pos[2]) | cbits;
    std::swap(amp_[i], amp_[i | tbit]);
  }
}

const std::vector<Amplitude>& StateVector::amplitudes() {
  flush_all();
  return amp_;
}

std::vector<double> StateVector::probabilities() {
  flush_all();
  std::vector<double> p(amp_.size());
  for (std::size_t i = 0; i < amp_.size(); ++i) p[i] = std::norm(amp_[i]);
  return p;
}

std::map<std::uint32_t, std::uint64_t> StateVector::sample(std::uint64_t shots, std::uint64_t seed,
                                                           std::uint32_t measured_mask) {
  flush_all();
  std::vector<double> cumulative(amp_.size());
  double total = 0;
  for (std::size_t i = 0; i < amp_.size(); ++i) {
    total += std::norm(amp_[i]);
    cumulative[i] = total;
  }
  // mt19937_64 and the 53-bit conversion below are fully specified, unlike
  // std::uniform_real_distribution: the same seed gives the same counts everywhere.
  std::mt19937_64 rng(seed);
  std::map<std::uint32_t, std::uint64_t> counts;
  for (std::uint64_t s = 0; s < shots; ++s) {
    const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53 * total;
    auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    // u can round up to `total`: then the last state with any probability.
    if (it == cumulative.end()) it = std::lower_bound(cumulative.begin(), cumulative.end(), total);
    const auto index = static_cast<std::uint32_t>(it - cumulative.begin());
    ++counts[index & measured_mask];
  }
  return counts;
}

double tidy(double v) {
  const double mag = std::fabs(v);
  if (mag < 0x1.0p-48) return 0.0;  // also turns -0 into 0
  const double simple = std::nearbyint(v * 0x1.0p20) * 0x1.0p-20;
  return std::fabs(simple - v) <= mag * 0x1.0p-50 ? simple : v;
}

std::string bitstring(std::uint32_t index, int num_qubits) {
  std::string s(static_cast<std::size_t>(num_qubits), '0');
  for (int q = 0; q < num_qubits; ++q)
    if (index & (std::uint32_t{1} << q)) s[static_cast<std::size_t>(num_qubits - 1 - q)] = '1';
  return s;
}

}  // namespace llmos::kernel::quantum
