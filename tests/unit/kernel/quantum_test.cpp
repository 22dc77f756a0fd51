// The state-vector core against known results: Bell and GHZ states, rotation probabilities,
// Deutsch-Jozsa, a 3-qubit QFT, teleportation, seeded sampling and the bit order.
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <numbers>
#include <random>

#include "kernel/quantum/statevector.hpp"

namespace llmos::kernel::quantum {
namespace {

constexpr double kEps = 1e-12;
constexpr double kPi = std::numbers::pi;

// A controlled phase diag(1, 1, 1, e^{i lambda}), up to a global phase, from the gate set.
void cphase(StateVector& s, int control, int target, double lambda) {
  s.apply(control, gates::rz(lambda / 2));
  s.cx(control, target);
  s.apply(target, gates::rz(-lambda / 2));
  s.cx(control, target);
  s.apply(target, gates::rz(lambda / 2));
}

// |<a|b>|: 1 when the states are equal up to a global phase.
double overlap(const std::vector<Amplitude>& a, const std::vector<Amplitude>& b) {
  Amplitude sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::conj(a[i]) * b[i];
  return std::abs(sum);
}

// The textbook simulator, one gate at a time with no fusion: the reference for the fast one.
struct Reference {
  int n;
  std::vector<Amplitude> a;
  explicit Reference(int qubits) : n(qubits), a(std::size_t{1} << qubits) { a[0] = 1; }
  void apply(int q, const Gate1& g) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i & (std::size_t{1} << q)) continue;
      const std::size_t j = i | (std::size_t{1} << q);
      const Amplitude a0 = a[i], a1 = a[j];
      a[i] = g.m[0] * a0 + g.m[1] * a1;
      a[j] = g.m[2] * a0 + g.m[3] * a1;
    }
  }
  void cx(int c, int t) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if ((i >> c & 1) && !(i >> t & 1)) std::swap(a[i], a[i | (std::size_t{1} << t)]);
  }
  void cz(int x, int y) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if ((i >> x & 1) && (i >> y & 1)) a[i] = -a[i];
  }
  void swap(int x, int y) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if ((i >> x & 1) && !(i >> y & 1)) std::swap(a[i], a[(i & ~(std::size_t{1} << x)) | (std::size_t{1} << y)]);
  }
  void ccx(int c1, int c2, int t) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if ((i >> c1 & 1) && (i >> c2 & 1) && !(i >> t & 1)) std::swap(a[i], a[i | (std::size_t{1} << t)]);
  }
};

TEST(StateVector, StartsInAllZeros) {
  StateVector s(3);
  const auto p = s.probabilities();
  ASSERT_EQ(p.size(), 8u);
  EXPECT_DOUBLE_EQ(p[0], 1);
  for (std::size_t i = 1; i < 8; ++i) EXPECT_EQ(p[i], 0);
}

TEST(StateVector, BellState) {
  StateVector s(2);
  s.apply(0, gates::h());
  s.cx(0, 1);
  const auto& a = s.amplitudes();
  EXPECT_NEAR(a[0].real(), 1 / std::sqrt(2.0), kEps);
  EXPECT_NEAR(a[3].real(), 1 / std::sqrt(2.0), kEps);
  EXPECT_NEAR(std::abs(a[1]), 0, kEps);
  EXPECT_NEAR(std::abs(a[2]), 0, kEps);
  const auto p = s.probabilities();
  EXPECT_NEAR(p[0], 0.5, kEps);
  EXPECT_NEAR(p[3], 0.5, kEps);
}

TEST(StateVector, GhzStates) {
  for (int n : {3, 10, 20}) {
    StateVector s(n);
    s.apply(0, gates::h());
    for (int q = 1; q < n; ++q) s.cx(q - 1, q);
    const auto p = s.probabilities();
    EXPECT_NEAR(p.front(), 0.5, kEps) << n;
    EXPECT_NEAR(p.back(), 0.5, kEps) << n;
    double rest = 0;
    for (std::size_t i = 1; i + 1 < p.size(); ++i) rest += p[i];
    EXPECT_NEAR(rest, 0, kEps) << n;
  }
}

TEST(StateVector, RotationProbabilitiesAreSinSquaredHalfTheta) {
  for (double theta : {0.0, 0.3, kPi / 3, kPi / 2, 2.0, kPi, 4.5, -1.2, 7 * kPi}) {
    for (int axis = 0; axis < 2; ++axis) {
      StateVector s(1);
      s.apply(0, axis == 0 ? gates::rx(theta) : gates::ry(theta));
      const auto p = s.probabilities();
      EXPECT_NEAR(p[1], std::pow(std::sin(theta / 2), 2), kEps) << theta << " axis " << axis;
      EXPECT_NEAR(p[0] + p[1], 1, kEps);
    }
    // rz only changes the phase: after H, the relative phase is e^{i theta}.
    StateVector s(1);
    s.apply(0, gates::h());
    s.apply(0, gates::rz(theta));
    const auto& a = s.amplitudes();
    EXPECT_NEAR(std::norm(a[0]), 0.5, kEps);
    const Amplitude rel = a[1] / a[0];
    EXPECT_NEAR(rel.real(), std::cos(theta), 1e-9);
    EXPECT_NEAR(rel.imag(), std::sin(theta), 1e-9);
  }
}

TEST(StateVector, GateIdentities) {
  const auto same = [](const Gate1& a, const Gate1& b) {
    for (int i = 0; i < 4; ++i)
      if (std::abs(a.m[i] - b.m[i]) > kEps) return false;
    return true;
  };
  EXPECT_TRUE(same(then(then(gates::h(), gates::z()), gates::h()), gates::x()));  // HZH = X
  EXPECT_TRUE(same(then(gates::s(), gates::s()), gates::z()));
  EXPECT_TRUE(same(then(gates::t(), gates::t()), gates::s()));
  EXPECT_TRUE(same(then(gates::s(), gates::sdg()), Gate1{{1, 0, 0, 1}}));
  EXPECT_TRUE(same(then(gates::t(), gates::tdg()), Gate1{{1, 0, 0, 1}}));
  // Y = i X Z
  const Gate1 xz = then(gates::z(), gates::x());
  Gate1 ixz;
  for (int i = 0; i < 4; ++i) ixz.m[i] = Amplitude(0, 1) * xz.m[i];
  EXPECT_TRUE(same(ixz, gates::y()));
  // RX(pi) = -iX
  Gate1 minus_ix = gates::x();
  for (auto& m : minus_ix.m) m *= Amplitude(0, -1);
  EXPECT_TRUE(same(gates::rx(kPi), minus_ix));
}

TEST(StateVector, BitOrderQubitZeroIsTheLeastSignificantBit) {
  StateVector s(3);
  s.apply(0, gates::x());
  const auto p = s.probabilities();
  EXPECT_DOUBLE_EQ(p[1], 1);
  EXPECT_EQ(bitstring(1, 3), "001");
  EXPECT_EQ(bitstring(4, 3), "100");
  EXPECT_EQ(bitstring(6, 4), "0110");
  const auto counts = s.sample(100, 1, 0b111);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts.begin()->first, 1u);
  EXPECT_EQ(counts.begin()->second, 100u);
}

TEST(StateVector, ToffoliTruthTable) {
  for (std::uint32_t in = 0; in < 8; ++in) {
    StateVector s(3);
    for (int q = 0; q < 3; ++q)
      if (in >> q & 1) s.apply(q, gates::x());
    s.ccx(0, 1, 2);
    const std::uint32_t expected = (in & 3) == 3 ? in ^ 4 : in;
    EXPECT_DOUBLE_EQ(s.probabilities()[expected], 1) << in;
  }
}

TEST(StateVector, SwapExchangesQubits) {
  StateVector s(3);
  s.apply(0, gates::x());
  s.swap(0, 2);
  EXPECT_DOUBLE_EQ(s.probabilities()[4], 1);
}

// Deutsch-Jozsa on 3 input qubits and an ancilla (qubit 3): one query tells a constant f from a
// balanced one. The inputs read all zeros exactly when f is constant.
TEST(StateVector, DeutschJozsa) {
  enum Oracle { kConstZero, kConstOne, kParity, kFirstBit };
  for (Oracle oracle : {kConstZero, kConstOne, kParity, kFirstBit}) {
    StateVector s(4);
    s.apply(3, gates::x());
    for (int q = 0; q < 4; ++q) s.apply(q, gates::h());
    switch (oracle) {
      case kConstZero: break;
      case kConstOne: s.apply(3, gates::x()); break;
      case kParity:
        for (int q = 0; q < 3; ++q) s.cx(q, 3);
        break;
      case kFirstBit: s.cx(0, 3); break;
    }
    for (int q = 0; q < 3; ++q) s.apply(q, gates::h());
    const auto p = s.probabilities();
    const double all_zero = p[0b0000] + p[0b1000];
    if (oracle == kConstZero || oracle == kConstOne) EXPECT_NEAR(all_zero, 1, kEps) << oracle;
    else EXPECT_NEAR(all_zero, 0, kEps) << oracle;
  }
}

// QFT|x> = 1/sqrt(8) sum_k e^{2 pi i x k / 8} |k>, qubit 0 the least significant bit.
TEST(StateVector, ThreeQubitQft) {
  constexpr int n = 3;
  constexpr std::size_t N = 8;
  for (std::uint32_t x = 0; x < N; ++x) {
    StateVector s(n);
    for (int q = 0; q < n; ++q)
      if (x >> q & 1) s.apply(q, gates::x());
    for (int j = n - 1; j >= 0; --j) {
      s.apply(j, gates::h());
      for (int m = j - 1; m >= 0; --m) cphase(s, m, j, kPi / static_cast<double>(1 << (j - m)));
    }
    s.swap(0, n - 1);
    std::vector<Amplitude> expected(N);
    for (std::size_t k = 0; k < N; ++k)
      expected[k] = std::polar(1 / std::sqrt(8.0), 2 * kPi * x * static_cast<double>(k) / N);
    EXPECT_NEAR(overlap(expected, s.amplitudes()), 1, 1e-12) << x;
    for (double p : s.probabilities()) EXPECT_NEAR(p, 1.0 / N, kEps);
  }
}

// Teleportation of ry(theta) rz(phi)|0> from qubit 0 to qubit 2, with the classically controlled
// corrections as controlled gates (deferred measurement). Undoing the preparation on qubit 2
// must give |0> there with certainty, whatever qubits 0 and 1 read.
TEST(StateVector, Teleportation) {
  for (auto [theta, phi] : {std::pair{0.7, 0.0}, std::pair{1.9, 2.3}, std::pair{kPi, -0.4}, std::pair{0.0, 1.0}}) {
    StateVector s(3);
    s.apply(0, gates::ry(theta));
    s.apply(0, gates::rz(phi));
    s.apply(1, gates::h());
    s.cx(1, 2);
    s.cx(0, 1);
    s.apply(0, gates::h());
    s.cx(1, 2);
    s.cz(0, 2);
    // Before undoing: qubit 2 reads 1 with probability sin^2(theta/2).
    auto p = s.probabilities();
    double one = 0;
    for (std::size_t i = 0; i < 8; ++i)
      if (i & 4) one += p[i];
    EXPECT_NEAR(one, std::pow(std::sin(theta / 2), 2), kEps);
    s.apply(2, gates::rz(-phi));
    s.apply(2, gates::ry(-theta));
    p = s.probabilities();
    one = 0;
    for (std::size_t i = 0; i < 8; ++i)
      if (i & 4) one += p[i];
    EXPECT_NEAR(one, 0, kEps) << theta << " " << phi;
  }
}

TEST(StateVector, SeededSamplingIsDeterministic) {
  StateVector s(2);
  s.apply(0, gates::h());
  s.cx(0, 1);
  const auto a = s.sample(10000, 42, 0b11);
  const auto b = s.sample(10000, 42, 0b11);
  const auto c = s.sample(10000, 43, 0b11);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  std::uint64_t total = 0;
  for (const auto& [k, v] : a) {
    EXPECT_TRUE(k == 0 || k == 3) << k;
    total += v;
  }
  EXPECT_EQ(total, 10000u);
  EXPECT_NEAR(static_cast<double>(a.at(0)) / 10000, 0.5, 0.03);
}

TEST(StateVector, SamplingFollowsTheDistribution) {
  StateVector s(1);
  s.apply(0, gates::ry(2 * std::asin(std::sqrt(0.2))));  // P(1) = 0.2
  const auto counts = s.sample(200000, 7, 1);
  EXPECT_NEAR(static_cast<double>(counts.at(1)) / 200000, 0.2, 0.005);
}

TEST(StateVector, SamplingOnlyTheMeasuredQubits) {
  StateVector s(3);
  s.apply(0, gates::h());
  s.apply(2, gates::x());
  const auto counts = s.sample(1000, 3, 0b001);  // qubit 2 is not measured: reads 0
  for (const auto& [k, v] : counts) EXPECT_TRUE(k == 0 || k == 1) << k;
}

// Fused single-qubit gates, swept a cache block or two qubits at a time, over only the part of
// the state gates have reached, give the same state as gates applied one by one.
TEST(StateVector, FusionMatchesTheReferenceOnRandomCircuits) {
  std::mt19937 rng(1234);
  for (int trial = 0; trial < 26; ++trial) {
    const int n = trial < 20 ? 1 + trial % 6 : 11 + trial % 3;  // past 10: the high-qubit paths
    StateVector s(n);
    Reference r(n);
    std::uniform_int_distribution<int> qubit(0, n - 1), kind(0, 14);
    std::uniform_real_distribution<double> angle(-7, 7);
    for (int step = 0; step < 200; ++step) {
      const int k = kind(rng);
      const int a = qubit(rng);
      int b = qubit(rng), c = qubit(rng);
      if (k >= 11 && n < 2) continue;
      if (k == 14 && n < 3) continue;
      if (k >= 11) {
        while (b == a) b = qubit(rng);
        while (k == 14 && (c == a || c == b)) c = qubit(rng);
      }
      Gate1 g;
      switch (k) {
        case 0: g = gates::h(); break;
        case 1: g = gates::x(); break;
        case 2: g = gates::y(); break;
        case 3: g = gates::z(); break;
        case 4: g = gates::s(); break;
        case 5: g = gates::t(); break;
        case 6: g = gates::tdg(); break;
        case 7: g = gates::rx(angle(rng)); break;
        case 8: g = gates::ry(angle(rng)); break;
        case 9:
        case 10: g = gates::rz(angle(rng)); break;
        default: break;
      }
      if (k <= 10) {
        s.apply(a, g);
        r.apply(a, g);
      } else if (k == 11) {
        s.cx(a, b);
        r.cx(a, b);
      } else if (k == 12) {
        s.cz(a, b);
        r.cz(a, b);
      } else if (k == 13) {
        s.swap(a, b);
        r.swap(a, b);
      } else {
        s.ccx(a, b, c);
        r.ccx(a, b, c);
      }
      if (step % 37 == 0) {
        // Reading the state in the middle flushes the pending gates: the result must not change.
        (void)s.probabilities();
      }
    }
    const auto& got = s.amplitudes();
    double norm = 0;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_NEAR(got[i].real(), r.a[i].real(), 1e-10) << trial << " " << i;
      EXPECT_NEAR(got[i].imag(), r.a[i].imag(), 1e-10) << trial << " " << i;
      norm += std::norm(got[i]);
    }
    EXPECT_NEAR(norm, 1, 1e-10);
  }
}

TEST(Tidy, ExactValuesReadExactly) {
  EXPECT_EQ(tidy(0.49999999999999994), 0.5);
  EXPECT_EQ(tidy(0.5000000000000001), 0.5);
  EXPECT_EQ(tidy(0.9999999999999996), 1.0);
  EXPECT_EQ(tidy(6.123233995736766e-17), 0.0);
  EXPECT_FALSE(std::signbit(tidy(-0.0)));
  EXPECT_EQ(tidy(std::sqrt(0.5)), std::sqrt(0.5));  // 1/sqrt(2) is left alone
  EXPECT_EQ(tidy(1.0 / 3), 1.0 / 3);
  EXPECT_EQ(tidy(1e-10), 1e-10);  // small but meaningful
  StateVector s(1);
  s.apply(0, gates::h());
  s.apply(0, gates::h());
  EXPECT_EQ(tidy(s.probabilities()[0]), 1.0);
  EXPECT_EQ(tidy(s.probabilities()[1]), 0.0);
}

}  // namespace
}  // namespace llmos::kernel::quantum
