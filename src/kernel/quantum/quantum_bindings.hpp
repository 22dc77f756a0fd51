#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// Installs LLMOS.quantum (on `llmos`): createCircuit(n) and the QuantumCircuit objects it makes.
void install_quantum(engine::Context& ctx, JSValueConst llmos);

}  // namespace llmos::kernel
