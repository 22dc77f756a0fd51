#pragma once
// LLMOS.storage across a process boundary: a sandboxed worker cannot open the database, so its
// RemoteStore sends each operation to the host, which answers it from the real Store. The
// messages are CBOR (exact bytes: keys and values may hold anything a JavaScript string holds).
//
// The host decides whose namespace an operation touches: the artifact id a worker sends is
// ignored, so a worker taken over by an engine bug still reaches only its own run's data.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/storage/store.hpp"

namespace llmos::kernel::storage {

// Sends one request and waits for its answer; nullopt when the channel is gone.
using Exchange = std::function<std::optional<std::string>(std::string request)>;

class RemoteStore final : public Backend {
 public:
  explicit RemoteStore(Exchange exchange, Quotas quotas = {}) : exchange_(std::move(exchange)), quotas_(quotas) {}

  const Quotas& quotas() const override { return quotas_; }
  Result<std::optional<std::string>> get(std::string_view artifact, std::string_view key) override;
  Result<SetStatus> set(std::string_view artifact, std::string_view key, std::string_view json) override;
  Result<bool> remove(std::string_view artifact, std::string_view key) override;
  Result<std::vector<std::string>> keys(std::string_view artifact) override;
  Result<bool> clear(std::string_view artifact) override;

 private:
  Exchange exchange_;
  Quotas quotas_;
};

// The host's side: performs one request on `store` in `artifact`'s namespace and returns the
// answer. A request that is not one of RemoteStore's gets an error answer, never an exception.
std::string answer_remote_call(Backend& store, std::string_view artifact, std::string_view request);
// The answer for a host that has no store to offer (`why`: "no data directory is configured").
std::string remote_unavailable(std::string_view why);

}  // namespace llmos::kernel::storage
