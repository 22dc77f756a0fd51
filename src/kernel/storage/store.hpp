#pragma once
// The pure core of LLMOS.storage (no engine types): a key-value store of JSON texts in SQLite,
// one namespace per artifact, shared by every thread and process that uses the same data dir.
//
// Layout: <data_dir>/storage.db, WAL journal, synchronous=FULL (a committed write survives a
// kill -9 of the process right after). The artifact id and the key are separate BLOB columns of
// one primary key, compared byte for byte, so no id or key (':' '/' '..' NUL, any length) can
// collide with another or name a file. The bytes an artifact holds are kept in a table of their
// own, updated in the same transaction as the data, so a quota check costs one row read.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace llmos::kernel::storage {

struct Quotas {
  std::size_t max_value_bytes = std::size_t{8} << 20;      // one value, as JSON text
  std::size_t max_artifact_bytes = std::size_t{64} << 20;  // keys + values of one artifact
  std::size_t max_key_bytes = std::size_t{1} << 20;
};

enum class SetStatus { kOk, kKeyTooLarge, kValueTooLarge, kArtifactFull };

// While one is alive, storage operations on this thread stop waiting for another connection's
// lock at `deadline` (an artifact's time limit) instead of after the store's own budget, so a
// contended database never holds a run past its limit. Scopes nest.
class WaitDeadline {
 public:
  explicit WaitDeadline(std::chrono::steady_clock::time_point deadline);
  ~WaitDeadline();
  WaitDeadline(const WaitDeadline&) = delete;
  WaitDeadline& operator=(const WaitDeadline&) = delete;

 private:
  std::chrono::steady_clock::time_point previous_;
};

// What LLMOS.storage needs of a store: the SQLite Store in the process that owns the data dir,
// or a RemoteStore in a sandboxed worker that reaches it only through its host (remote_store.hpp).
class Backend {
 public:
  virtual ~Backend() = default;
  virtual const Quotas& quotas() const = 0;
  virtual Result<std::optional<std::string>> get(std::string_view artifact, std::string_view key) = 0;
  virtual Result<SetStatus> set(std::string_view artifact, std::string_view key, std::string_view json) = 0;
  virtual Result<bool> remove(std::string_view artifact, std::string_view key) = 0;
  virtual Result<std::vector<std::string>> keys(std::string_view artifact) = 0;
  virtual Result<bool> clear(std::string_view artifact) = 0;
};

class Store final : public Backend {
 public:
  // The process-wide store of `data_dir` (created, with the directory, on first use). Every
  // caller with the same directory shares one connection; a database file that was deleted or
  // replaced since is reopened.
  static Result<std::shared_ptr<Store>> shared(const std::string& data_dir);
  // A private store on `db_path` (tests: small quotas, one file per test).
  static Result<std::shared_ptr<Store>> open(const std::string& db_path, Quotas quotas = {});

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store() override;

  const Quotas& quotas() const override { return quotas_; }

  // The JSON text stored under (artifact, key), or nullopt when there is none.
  Result<std::optional<std::string>> get(std::string_view artifact, std::string_view key) override;
  // Stores `json` (the caller guarantees it is JSON text) unless a quota refuses it.
  Result<SetStatus> set(std::string_view artifact, std::string_view key, std::string_view json) override;
  // True when a value was removed.
  Result<bool> remove(std::string_view artifact, std::string_view key) override;
  // The artifact's keys, in byte order.
  Result<std::vector<std::string>> keys(std::string_view artifact) override;
  // Removes every key of the artifact.
  Result<bool> clear(std::string_view artifact) override;
  // Bytes (keys + values) the artifact holds.
  Result<std::uint64_t> usage(std::string_view artifact);

 private:
  struct Statements;
  Store(sqlite3* db, std::string path, Quotas quotas);
  static Result<std::shared_ptr<Store>> open_file(const std::string& db_path, Quotas quotas);

  sqlite3* db_;
  std::string path_;
  Quotas quotas_;
  std::unique_ptr<Statements> st_;
  std::mutex mu_;  // one connection, many threads: one operation at a time
  std::uint64_t file_dev_ = 0, file_ino_ = 0;  // the file this connection has open
};

}  // namespace llmos::kernel::storage
