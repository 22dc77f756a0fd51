#include <mutex>
#include <stdexcept>

#include "api/convert.hpp"
#include "api/impl.hpp"
#include "executor/boot.hpp"

namespace llmos {

Kernel::Kernel() : impl_(std::make_shared<Impl>()) {}
Kernel::~Kernel() = default;
Kernel::Kernel(Kernel&&) noexcept = default;
Kernel& Kernel::operator=(Kernel&&) noexcept = default;

KernelStatus Kernel::boot(const BootConfig& config) {
  if (!impl_) throw std::logic_error("llmos::Kernel::boot: this kernel was moved from");
  executor::BootConfig c;
  c.data_dir = config.data_dir;
  c.python_search_path = config.python_search_path;
  c.python_executable = config.python_executable;
  auto booted = executor::Kernel::boot(c);
  impl_->set(booted);
  return api::to_public(booted->status());
}

KernelStatus Kernel::status() const {
  const auto booted = impl_ ? impl_->get() : nullptr;
  return api::to_public(booted ? booted->status() : executor::KernelStatus::not_booted());
}

bool Kernel::is_ready() const {
  const auto booted = impl_ ? impl_->get() : nullptr;
  return booted && booted->ready();
}

}  // namespace llmos
