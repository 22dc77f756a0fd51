#include "kernel/quantum/quantum_bindings.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <random>
#include <string>

#include "engine/function_list.hpp"
#include "kernel/quantum/statevector.hpp"

namespace llmos::kernel {
namespace {

using engine::Context;
using engine::JsErrorType;
using engine::Value;
namespace q = quantum;

// One circuit: its state and the memory it reserved against the artifact's limit. Owned by the
// JavaScript object (freed by its finalizer), so dropped circuits give their memory back.
struct Circuit {
  Circuit(engine::Runtime& rt, std::size_t bytes, int n) : runtime(rt), reserved(bytes), state(n) {}
  Circuit(const Circuit&) = delete;
  Circuit& operator=(const Circuit&) = delete;
  ~Circuit() { runtime.release_external(reserved); }

  engine::Runtime& runtime;
  std::size_t reserved;
  q::StateVector state;
  std::uint32_t measured = 0;  // bit q: qubit q was measured; gates on it are refused after
};

JSClassID circuit_class_id() {
  static const JSClassID id = engine::lazy::new_class_id();
  return id;
}

void circuit_finalizer(JSRuntime*, JSValue val) {
  delete static_cast<Circuit*>(JS_GetOpaque(val, circuit_class_id()));
}

// No C++ exception may cross a QuickJS frame: allocation failures become the artifact's
// out-of-memory error (kind "memory"), anything else an InternalError.
template <typename F>
JSValue guarded(JSContext* c, F&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return JS_ThrowOutOfMemory(c);
  } catch (const std::exception& e) {
    return JS_ThrowInternalError(c, "LLMOS.quantum: %s", e.what());
  }
}

std::string describe(JSContext* c, JSValueConst v) {
  if (JS_IsNumber(v)) {
    double d = 0;
    JS_ToFloat64(c, &d, v);
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[400];
    const double mag = std::fabs(d);
    const auto r = std::to_chars(buf, buf + sizeof buf, d,
                                 mag == 0 || (mag >= 1e-6 && mag < 1e21) ? std::chars_format::fixed
                                                                         : std::chars_format::scientific);
    return std::string(buf, r.ptr);
  }
  if (JS_IsUndefined(v)) return "undefined";
  if (JS_IsNull(v)) return "null";
  if (JS_IsString(v)) return "a string";
  if (JS_IsBool(v)) return "a boolean";
  if (JS_IsFunction(c, v)) return "a function";
  if (JS_IsObject(v)) return "an object";
  return "a value of another type";
}

Circuit* this_circuit(JSContext* c, JSValueConst this_val) {
  return static_cast<Circuit*>(JS_GetOpaque2(c, this_val, circuit_class_id()));
}

// A qubit index argument: a TypeError when it is not a number, a RangeError when it is not an
// index of the circuit (or names a qubit that was measured and `gate` is true).
bool qubit_arg(JSContext* c, const Circuit& circ, int argc, JSValueConst* argv, int i,
               const char* fn, const char* param, bool gate, int& out) {
  const JSValueConst v = i < argc ? argv[i] : JS_UNDEFINED;
  if (!JS_IsNumber(v)) {
    JS_ThrowTypeError(c, "circuit.%s: %s must be a qubit index (a number), got %s", fn, param,
                      describe(c, v).c_str());
    return false;
  }
  double d = 0;
  JS_ToFloat64(c, &d, v);
  const int n = circ.state.num_qubits();
  if (!(d >= 0 && d < n && d == std::floor(d))) {
    JS_ThrowRangeError(c, "circuit.%s: %s %s is out of range: a %d-qubit circuit has qubits 0 to %d",
                       fn, param, describe(c, v).c_str(), n, n - 1);
    return false;
  }
  out = static_cast<int>(d);
  if (gate && (circ.measured & (std::uint32_t{1} << out))) {
    JS_ThrowRangeError(c,
                       "circuit.%s: qubit %d was already measured; measurements are final here "
                       "(apply gates before measure(), or use cx/cz for corrections that depend on "
                       "a measurement)",
                       fn, out);
    return false;
  }
  return true;
}

bool angle_arg(JSContext* c, int argc, JSValueConst* argv, int i, const char* fn, double& out) {
  const JSValueConst v = i < argc ? argv[i] : JS_UNDEFINED;
  if (!JS_IsNumber(v)) {
    JS_ThrowTypeError(c, "circuit.%s: the angle (radians) must be a number, got %s", fn,
                      describe(c, v).c_str());
    return false;
  }
  JS_ToFloat64(c, &out, v);
  if (!std::isfinite(out)) {
    JS_ThrowRangeError(c, "circuit.%s: the angle must be a finite number, got %s", fn,
                       describe(c, v).c_str());
    return false;
  }
  return true;
}

struct Gate1Def {
  const char* name;
  q::Gate1 (*fixed)();
  q::Gate1 (*rotation)(double);
};

constexpr Gate1Def kGates1[] = {
    {"h", &q::gates::h, nullptr},     {"x", &q::gates::x, nullptr},
    {"y", &q::gates::y, nullptr},     {"z", &q::gates::z, nullptr},
    {"s", &q::gates::s, nullptr},     {"sdg", &q::gates::sdg, nullptr},
    {"t", &q::gates::t, nullptr},     {"tdg", &q::gates::tdg, nullptr},
    {"rx", nullptr, &q::gates::rx},   {"ry", nullptr, &q::gates::ry},
    {"rz", nullptr, &q::gates::rz},
};

// circuit.h(q) ... circuit.rz(q, theta); returns the circuit for chaining.
JSValue js_gate1(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  const Gate1Def& def = kGates1[magic];
  int qubit = 0;
  if (!qubit_arg(c, *circ, argc, argv, 0, def.name, "qubit", true, qubit)) return JS_EXCEPTION;
  q::Gate1 g;
  if (def.rotation) {
    double theta = 0;
    if (!angle_arg(c, argc, argv, 1, def.name, theta)) return JS_EXCEPTION;
    g = def.rotation(theta);
  } else {
    g = def.fixed();
  }
  circ->state.apply(qubit, g);
  return JS_DupValue(c, this_val);
}

enum Gate2 { kCx, kCz, kSwap };

JSValue js_gate2(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv, int magic) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  static constexpr const char* kNames[] = {"cx", "cz", "swap"};
  static constexpr const char* kFirst[] = {"control", "qubit a", "qubit a"};
  static constexpr const char* kSecond[] = {"target", "qubit b", "qubit b"};
  const char* fn = kNames[magic];
  int a = 0, b = 0;
  if (!qubit_arg(c, *circ, argc, argv, 0, fn, kFirst[magic], true, a) ||
      !qubit_arg(c, *circ, argc, argv, 1, fn, kSecond[magic], true, b))
    return JS_EXCEPTION;
  if (a == b)
    return JS_ThrowRangeError(c, "circuit.%s: %s and %s must be different qubits (both are %d)", fn,
                              kFirst[magic], kSecond[magic], a);
  return guarded(c, [&] {
    if (magic == kCx) circ->state.cx(a, b);
    else if (magic == kCz) circ->state.cz(a, b);
    else circ->state.swap(a, b);
    return JS_DupValue(c, this_val);
  });
}

JSValue js_ccx(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  int a = 0, b = 0, t = 0;
  if (!qubit_arg(c, *circ, argc, argv, 0, "ccx", "control1", true, a) ||
      !qubit_arg(c, *circ, argc, argv, 1, "ccx", "control2", true, b) ||
      !qubit_arg(c, *circ, argc, argv, 2, "ccx", "target", true, t))
    return JS_EXCEPTION;
  if (a == b || a == t || b == t)
    return JS_ThrowRangeError(c, "circuit.ccx: control1, control2 and target must be three different "
                                 "qubits (got %d, %d, %d)", a, b, t);
  return guarded(c, [&] {
    circ->state.ccx(a, b, t);
    return JS_DupValue(c, this_val);
  });
}

// measure() measures every qubit; measure(0, 2) or measure([0, 2]) only those.
JSValue js_measure(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  const int n = circ->state.num_qubits();
  if (argc == 0 || (argc == 1 && JS_IsUndefined(argv[0]))) {
    circ->measured = static_cast<std::uint32_t>((std::uint64_t{1} << n) - 1);
    return JS_DupValue(c, this_val);
  }
  std::uint32_t mask = 0;
  if (argc == 1 && JS_IsArray(c, argv[0]) > 0) {
    Value len_v(c, JS_GetPropertyStr(c, argv[0], "length"));
    int64_t len = 0;
    if (len_v.is_exception() || JS_ToInt64(c, &len, len_v.get()) < 0) return JS_EXCEPTION;
    if (len > n)
      return JS_ThrowRangeError(c, "circuit.measure: more qubits listed (%lld) than the circuit has (%d)",
                                static_cast<long long>(len), n);
    for (int64_t i = 0; i < len; ++i) {
      Value item(c, JS_GetPropertyUint32(c, argv[0], static_cast<uint32_t>(i)));
      if (item.is_exception()) return JS_EXCEPTION;
      JSValueConst one[1] = {item.get()};
      int qubit = 0;
      if (!qubit_arg(c, *circ, 1, one, 0, "measure", "qubit", false, qubit)) return JS_EXCEPTION;
      mask |= std::uint32_t{1} << qubit;
    }
  } else {
    for (int i = 0; i < argc; ++i) {
      int qubit = 0;
      if (!qubit_arg(c, *circ, argc, argv, i, "measure", "qubit", false, qubit)) return JS_EXCEPTION;
      mask |= std::uint32_t{1} << qubit;
    }
  }
  circ->measured |= mask;
  return JS_DupValue(c, this_val);
}

// Rejects option names other than `allowed` (a typo must not silently fall back to a default).
bool check_option_names(JSContext* c, JSValueConst options, const char* fn,
                        std::initializer_list<std::string_view> allowed, const char* allowed_text) {
  JSPropertyEnum* props = nullptr;
  uint32_t count = 0;
  if (JS_GetOwnPropertyNames(c, &props, &count, options, JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0)
    return false;
  bool ok = true;
  for (uint32_t i = 0; i < count && ok; ++i) {
    const char* name = JS_AtomToCString(c, props[i].atom);
    if (!name) {
      ok = false;
      break;
    }
    bool known = false;
    for (std::string_view a : allowed) known = known || a == name;
    if (!known) {
      JS_ThrowTypeError(c, "%s: unknown option '%s' (the options are %s)", fn, name, allowed_text);
      ok = false;
    }
    JS_FreeCString(c, name);
  }
  for (uint32_t i = 0; i < count; ++i) JS_FreeAtom(c, props[i].atom);
  js_free(c, props);
  return ok;
}

// run({shots = 1024, seed}) -> { bitstring: count }.
JSValue js_run(JSContext* c, JSValueConst this_val, int argc, JSValueConst* argv) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  double shots = 1024;
  std::uint64_t seed = 0;
  bool seeded = false;
  const JSValueConst options = argc > 0 ? argv[0] : JS_UNDEFINED;
  if (!JS_IsUndefined(options)) {
    if (!JS_IsObject(options) || JS_IsFunction(c, options))
      return JS_ThrowTypeError(c, "circuit.run: options must be an object like { shots: 1024, seed: 42 }, got %s",
                               describe(c, options).c_str());
    if (!check_option_names(c, options, "circuit.run", {"shots", "seed"}, "shots and seed"))
      return JS_EXCEPTION;
    Value shots_v(c, JS_GetPropertyStr(c, options, "shots"));
    if (shots_v.is_exception()) return JS_EXCEPTION;
    if (!shots_v.is_undefined()) {
      if (!JS_IsNumber(shots_v.get()))
        return JS_ThrowTypeError(c, "circuit.run: shots must be a number, got %s", describe(c, shots_v.get()).c_str());
      JS_ToFloat64(c, &shots, shots_v.get());
      if (!std::isfinite(shots) || shots < 1 || shots != std::floor(shots))
        return JS_ThrowRangeError(c, "circuit.run: shots must be a whole number from 1 to %llu, got %s",
                                  static_cast<unsigned long long>(q::kMaxShots), describe(c, shots_v.get()).c_str());
      if (shots > static_cast<double>(q::kMaxShots))
        return Context::from(c).throw_limit_error(
            JsErrorType::kRangeError, "circuit.run: " + describe(c, shots_v.get()) +
                                          " shots is over the limit of " + std::to_string(q::kMaxShots));
    }
    Value seed_v(c, JS_GetPropertyStr(c, options, "seed"));
    if (seed_v.is_exception()) return JS_EXCEPTION;
    if (!seed_v.is_undefined()) {
      if (!JS_IsNumber(seed_v.get()))
        return JS_ThrowTypeError(c, "circuit.run: seed must be a number, got %s", describe(c, seed_v.get()).c_str());
      double s = 0;
      JS_ToFloat64(c, &s, seed_v.get());
      if (!(s >= 0 && s <= 9007199254740991.0 && s == std::floor(s)))
        return JS_ThrowRangeError(c, "circuit.run: seed must be a whole number from 0 to 2^53-1, got %s",
                                  describe(c, seed_v.get()).c_str());
      seed = static_cast<std::uint64_t>(s);
      seeded = true;
    }
  }
  if (!seeded) {
    std::random_device rd;
    seed = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  }
  const int n = circ->state.num_qubits();
  const std::uint32_t mask =
      circ->measured ? circ->measured : static_cast<std::uint32_t>((std::uint64_t{1} << n) - 1);
  return guarded(c, [&]() -> JSValue {
    const auto counts = circ->state.sample(static_cast<std::uint64_t>(shots), seed, mask);
    Value obj(c, JS_NewObject(c));
    if (obj.is_exception()) return JS_EXCEPTION;
    for (const auto& [index, count] : counts) {
      const std::string key = q::bitstring(index, n);
      if (JS_DefinePropertyValueStr(c, obj.get(), key.c_str(), JS_NewInt64(c, static_cast<int64_t>(count)),
                                    JS_PROP_C_W_E) < 0)
        return JS_EXCEPTION;
    }
    return obj.release();
  });
}

JSValue js_probabilities(JSContext* c, JSValueConst this_val, int, JSValueConst*) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  return guarded(c, [&]() -> JSValue {
    const std::vector<double> p = circ->state.probabilities();
    Value arr(c, JS_NewArray(c));
    if (arr.is_exception()) return JS_EXCEPTION;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (JS_SetPropertyUint32(c, arr.get(), static_cast<uint32_t>(i), JS_NewFloat64(c, q::tidy(p[i]))) < 0)
        return JS_EXCEPTION;
    return arr.release();
  });
}

// What one [re, im] of stateVector() costs the engine's heap: a small array object with its
// two values, each its own allocation (measured: 1M pairs use 165 MB), plus its slot in the
// outer array.
constexpr std::size_t kStateVectorBytesPerAmplitude = 168 + sizeof(JSValue);

JSValue js_state_vector(JSContext* c, JSValueConst this_val, int, JSValueConst*) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  {
    // Refused up front, with what it needs, rather than after filling the heap for a while.
    Context& ctx = Context::from(c);
    const engine::Runtime& rt = ctx.runtime();
    const std::size_t amplitudes = circ->state.amplitudes().size();
    const std::size_t need = amplitudes * kStateVectorBytesPerAmplitude;
    const std::size_t limit = rt.memory_limit(), used = rt.memory_used();
    if (limit != 0 && need > limit - std::min(used, limit)) {
      const auto mb = [](std::size_t b) { return std::to_string((b + (1 << 20) - 1) >> 20); };
      return ctx.throw_limit_error(
          JsErrorType::kRangeError,
          "circuit.stateVector: the " + std::to_string(amplitudes) + " amplitudes of " +
              std::to_string(circ->state.num_qubits()) + " qubits as [re, im] arrays need about " + mb(need) +
              " MB, and " + mb(limit - std::min(used, limit)) + " MB of the memory limit of " + mb(limit) +
              " MB are left: raise the memory limit, or use probabilities() (" +
              mb(amplitudes * sizeof(JSValue)) + " MB)");
    }
  }
  return guarded(c, [&]() -> JSValue {
    const std::vector<q::Amplitude>& amp = circ->state.amplitudes();
    Value arr(c, JS_NewArray(c));
    if (arr.is_exception()) return JS_EXCEPTION;
    for (std::size_t i = 0; i < amp.size(); ++i) {
      Value pair(c, JS_NewArray(c));
      if (pair.is_exception()) return JS_EXCEPTION;
      if (JS_SetPropertyUint32(c, pair.get(), 0, JS_NewFloat64(c, q::tidy(amp[i].real()))) < 0 ||
          JS_SetPropertyUint32(c, pair.get(), 1, JS_NewFloat64(c, q::tidy(amp[i].imag()))) < 0 ||
          JS_SetPropertyUint32(c, arr.get(), static_cast<uint32_t>(i), pair.release()) < 0)
        return JS_EXCEPTION;
    }
    return arr.release();
  });
}

JSValue js_num_qubits(JSContext* c, JSValueConst this_val, int, JSValueConst*) {
  Circuit* circ = this_circuit(c, this_val);
  if (!circ) return JS_EXCEPTION;
  return JS_NewInt32(c, circ->state.num_qubits());
}

bool ensure_circuit_prototype(Context& ctx);  // below: it needs every method

JSValue js_create_circuit(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  const JSValueConst v = argc > 0 ? argv[0] : JS_UNDEFINED;
  if (!JS_IsNumber(v))
    return JS_ThrowTypeError(c, "LLMOS.quantum.createCircuit: numQubits must be a number, got %s",
                             describe(c, v).c_str());
  double d = 0;
  JS_ToFloat64(c, &d, v);
  if (std::isnan(d) || d != std::floor(d))
    return JS_ThrowRangeError(c, "LLMOS.quantum.createCircuit: numQubits must be a whole number, got %s",
                              describe(c, v).c_str());
  Context& ctx = Context::from(c);
  if (d < 1 || d > q::kMaxQubits)
    return ctx.throw_limit_error(JsErrorType::kRangeError,
                                 "LLMOS.quantum.createCircuit: " + describe(c, v) +
                                     " qubits is outside the supported range of 1 to 20 qubits");
  const int n = static_cast<int>(d);
  const std::size_t bytes = q::state_bytes(n);
  engine::Runtime& rt = ctx.runtime();
  if (!rt.reserve_external(bytes)) return JS_ThrowOutOfMemory(c);
  std::unique_ptr<Circuit> circ;
  try {
    circ = std::make_unique<Circuit>(rt, bytes, n);
  } catch (const std::bad_alloc&) {
    rt.release_external(bytes);
    return JS_ThrowOutOfMemory(c);
  }
  if (!ensure_circuit_prototype(ctx)) return JS_EXCEPTION;
  Value obj(c, JS_NewObjectClass(c, static_cast<int>(circuit_class_id())));
  if (obj.is_exception()) return JS_EXCEPTION;
  JS_SetOpaque(obj.get(), circ.release());
  return obj.release();
}

// The circuits' prototype, built with the first circuit (ensure_circuit_prototype): only
// artifacts that simulate pay for it.
void build_circuit_prototype(Context& ctx) {
  JSContext* c = ctx.get();
  const JSClassID id = circuit_class_id();
  Value proto = ctx.new_object();
  for (int i = 0; i < static_cast<int>(std::size(kGates1)); ++i)
    ctx.define_function(proto.get(), kGates1[i].name, &js_gate1, kGates1[i].rotation ? 2 : 1, i);
  ctx.define_function(proto.get(), "cx", &js_gate2, 2, kCx);
  ctx.define_function(proto.get(), "cnot", &js_gate2, 2, kCx);
  ctx.define_function(proto.get(), "cz", &js_gate2, 2, kCz);
  ctx.define_function(proto.get(), "swap", &js_gate2, 2, kSwap);
  ctx.define_function(proto.get(), "ccx", &js_ccx, 3);
  ctx.define_function(proto.get(), "toffoli", &js_ccx, 3);
  ctx.define_function(proto.get(), "measure", &js_measure, 0);
  ctx.define_function(proto.get(), "run", &js_run, 1);
  ctx.define_function(proto.get(), "probabilities", &js_probabilities, 0);
  ctx.define_function(proto.get(), "stateVector", &js_state_vector, 0);
  {
    JSAtom atom = JS_NewAtom(c, "numQubits");
    Value getter(c, JS_NewCFunction(c, &js_num_qubits, "get numQubits", 0));
    JS_DefinePropertyGetSet(c, proto.get(), atom, getter.release(), JS_UNDEFINED, JS_PROP_CONFIGURABLE);
    JS_FreeAtom(c, atom);
  }
  JS_SetClassProto(c, id, proto.release());
}

bool ensure_circuit_prototype(Context& ctx) {
  if (!engine::lazy::register_class(ctx.get(), circuit_class_id(), "QuantumCircuit", &circuit_finalizer)) return false;
  return engine::lazy::prototypes(ctx.get(), {circuit_class_id()}, [&] { build_circuit_prototype(ctx); });
}

constexpr JSCFunctionListEntry kQuantumMethods[] = {engine::lazy::method("createCircuit", 1, &js_create_circuit)};
constexpr JSCFunctionListEntry kLlmosEntries[] = {engine::lazy::object("quantum", kQuantumMethods, JS_PROP_C_W_E)};

}  // namespace

void install_quantum(Context& ctx, JSValueConst llmos) {
  engine::lazy::define(ctx.get(), llmos, kLlmosEntries);
}

}  // namespace llmos::kernel
