#pragma once
// A runtime with its one context: the unit of isolation llmos gives each artifact. Built ahead
// of use (a pool may hold some), used for one execution, then destroyed.
#include "engine/context.hpp"
#include "engine/runtime.hpp"

namespace llmos::engine {

class Sandbox {
 public:
  Sandbox() : context_(runtime_) {}
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  Runtime& runtime() { return runtime_; }
  Context& context() { return context_; }

 private:
  Runtime runtime_;  // declared first: destroyed after the context
  Context context_;
};

}  // namespace llmos::engine
