#pragma once
// The private state behind llmos::Kernel, shared with the runtimes made from it.
#include <memory>
#include <mutex>

#include "executor/boot.hpp"
#include "llmos/kernel.hpp"

namespace llmos {
namespace api {

struct BootedKernel {
  std::shared_ptr<const executor::Kernel> get() const {
    std::lock_guard lock(mu);
    return booted;
  }
  void set(std::shared_ptr<const executor::Kernel> k) {
    std::lock_guard lock(mu);
    booted = std::move(k);
  }

  mutable std::mutex mu;
  std::shared_ptr<const executor::Kernel> booted;
};

}  // namespace api

struct Kernel::Impl : api::BootedKernel {};

}  // namespace llmos
