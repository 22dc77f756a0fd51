#pragma once
// The pure core of LLMOS.quantum (no engine types): an exact state-vector simulator of up to 20
// qubits. Amplitudes are indexed with qubit 0 as the least significant bit of the index.
//
// Gates are applied with stride loops over the 2^n amplitudes, never with 2^n x 2^n matrices.
// Single-qubit gates are not applied at once: consecutive ones on the same qubit are multiplied
// into one pending 2x2 matrix, which is applied when a multi-qubit gate touches that qubit or the
// state is read. Gates on different qubits commute, so the result is exact, and a circuit of many
// rotations costs a few passes over the state (statevector.cpp, flush_all) instead of one per gate.
#include <algorithm>
#include <complex>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace llmos::kernel::quantum {

inline constexpr int kMaxQubits = 20;
inline constexpr std::uint64_t kMaxShots = 1'000'000;

using Amplitude = std::complex<double>;

// A 2x2 unitary, row-major: [[m[0], m[1]], [m[2], m[3]]].
struct Gate1 {
  Amplitude m[4];
};

namespace gates {
Gate1 h();
Gate1 x();
Gate1 y();
Gate1 z();
Gate1 s();
Gate1 sdg();
Gate1 t();
Gate1 tdg();
// exp(-i theta X/2), exp(-i theta Y/2), exp(-i theta Z/2): Qiskit's conventions.
Gate1 rx(double theta);
Gate1 ry(double theta);
Gate1 rz(double theta);
}  // namespace gates

// b * a: the gate `a` followed by the gate `b`.
Gate1 then(const Gate1& a, const Gate1& b);

// The bytes a state of `num_qubits` qubits holds (for the memory limit).
inline std::size_t state_bytes(int num_qubits) {
  return sizeof(Amplitude) << static_cast<unsigned>(num_qubits);
}

class StateVector {
 public:
  // |0...0> on `num_qubits` qubits; 1 <= num_qubits <= kMaxQubits (the caller checks).
  explicit StateVector(int num_qubits);

  int num_qubits() const { return n_; }
  std::size_t size() const { return std::size_t{1} << n_; }

  // Every qubit argument must be in [0, num_qubits) and, for multi-qubit gates, distinct: the
  // caller checks (a violation is a bug in llmos and aborts).
  void apply(int qubit, const Gate1& gate);
  void cx(int control, int target);
  void cz(int a, int b);
  void swap(int a, int b);
  void ccx(int control1, int control2, int target);

  // The state with every gate applied so far.
  const std::vector<Amplitude>& amplitudes();
  // |amplitude|^2 for each basis state.
  std::vector<double> probabilities();

  // `shots` samples of a measurement of the qubits in `measured_mask` (bit q = qubit q), drawn
  // from a generator seeded with `seed`: the same seed gives the same counts on every machine.
  // Keys are basis-state indices with the unmeasured qubits' bits cleared.
  std::map<std::uint32_t, std::uint64_t> sample(std::uint64_t shots, std::uint64_t seed,
                                                std::uint32_t measured_mask);

 private:
  void flush(int qubit);
  void flush_all();
  void apply_now(int qubit, const Gate1& gate);
  void apply_range(int qubit, const Gate1& gate, std::size_t begin, std::size_t end);
  void apply_pair(int a, int b);

  // Amplitudes at and past extent_ are zero: no gate has touched their highest set bit's qubit
  // yet. Loops stop there, so a circuit that brings qubits in one by one (a GHZ chain) costs
  // little until the state is really that large.
  void extend(int qubit) { extent_ = std::max(extent_, std::size_t{2} << qubit); }

  int n_;
  std::size_t extent_ = 1;
  std::vector<Amplitude> amp_;
  std::vector<Gate1> pending_;
  std::vector<bool> has_pending_;
};

// `v` as the artifact should see it: values within a few units in the last place of a multiple
// of 2^-20 become that multiple, and values below 2^-48 (3.6e-15, under the rounding error the
// simulation itself accumulates) become 0. So exact results read exactly: H·H|0> has
// probability 1, not 0.9999999999999996, and cos(pi/2) gives 0, not 6e-17; other values, such
// as 1/sqrt(2), are left as they are.
double tidy(double v);

// The bitstring of a basis-state index, qubit 0 as the rightmost character (as Qiskit).
std::string bitstring(std::uint32_t index, int num_qubits);

}  // namespace llmos::kernel::quantum
