#pragma once
// The kernel's per-artifact state, owned by the artifact's context. The executor configures it
// before each run (a context may be built before the artifact id is known); each module keeps
// its own state here, created on first use, so modules never share or reach each other's.
#include <any>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>

#include "engine/context.hpp"

namespace llmos::kernel {
namespace storage {
class Backend;
}

struct KernelConfig {
  std::string artifact_id = "default";
  std::string data_dir;  // where persistent state lives (storage); created on first use
  // Set: LLMOS.storage uses this instead of the data dir's database (a sandboxed worker's
  // channel to its host).
  std::shared_ptr<storage::Backend> storage;
};

class KernelState {
 public:
  KernelConfig config;

  // The state of module T (default-constructed on first use).
  template <typename T>
  T& module() {
    auto& slot = modules_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

 private:
  std::unordered_map<std::type_index, std::shared_ptr<void>> modules_;
};

inline KernelState& kernel_state(engine::Context& ctx) { return ctx.host_state<KernelState>(); }
inline KernelState& kernel_state(JSContext* c) { return kernel_state(engine::Context::from(c)); }

}  // namespace llmos::kernel
