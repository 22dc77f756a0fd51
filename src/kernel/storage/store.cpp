#include "kernel/storage/store.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <system_error>
#include <thread>

namespace llmos::kernel::storage {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// SQLite waits this long for another connection's lock on its own; on top of that, the whole
// operation is retried for cases where SQLite returns SQLITE_BUSY without waiting (a WAL
// snapshot that went stale, recovery of a WAL left by a killed process, the first open).
constexpr int kBusyTimeoutMs = 5000;
constexpr auto kRetryBudget = std::chrono::seconds(15);

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS kv ("
    "  artifact BLOB NOT NULL, key BLOB NOT NULL, value TEXT NOT NULL, bytes INTEGER NOT NULL,"
    "  PRIMARY KEY (artifact, key));"
    "CREATE TABLE IF NOT EXISTS usage ("
    "  artifact BLOB NOT NULL PRIMARY KEY, bytes INTEGER NOT NULL) WITHOUT ROWID;";

thread_local Clock::time_point t_wait_deadline = Clock::time_point::max();

// SQLite's own wait for a lock (instead of sqlite3_busy_timeout): up to kBusyTimeoutMs, and
// never past the thread's WaitDeadline.
int wait_for_lock(void*, int attempts) {
  thread_local Clock::time_point first;
  const auto now = Clock::now();
  if (attempts == 0) first = now;
  if (now - first >= std::chrono::milliseconds(kBusyTimeoutMs) || now >= t_wait_deadline) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(1) * (1 << std::min(attempts, 4)));
  return 1;
}

bool is_busy(int rc) {
  const int primary = rc & 0xff;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// Runs `attempt` (returning an SQLite result code) until it succeeds, fails for a reason other
// than a lock, or the retry budget is spent.
template <typename F>
int with_retry(F&& attempt) {
  const auto give_up = std::min(Clock::now() + kRetryBudget, t_wait_deadline);
  auto pause = std::chrono::milliseconds(1);
  for (;;) {
    const int rc = attempt();
    if (!is_busy(rc) || Clock::now() >= give_up) return rc;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

Error sqlite_error(sqlite3* db, int rc, const char* what) {
  std::string msg = std::string("storage: ") + what + ": " + sqlite3_errstr(rc);
  if (db != nullptr) {
    const char* detail = sqlite3_errmsg(db);
    if (detail != nullptr && std::string_view(detail) != sqlite3_errstr(rc)) msg += std::string(" (") + detail + ")";
  }
  return Error{std::move(msg)};
}

// A prepared statement, reset (and its bindings released) when the scope that used it ends.
class Use {
 public:
  explicit Use(sqlite3_stmt* s) : s_(s) {}
  Use(const Use&) = delete;
  Use& operator=(const Use&) = delete;
  ~Use() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Use& blob(int i, std::string_view v) {
    // A zero-length blob bound with a null pointer would be NULL: bind a real empty blob.
    if (v.empty()) sqlite3_bind_zeroblob(s_, i, 0);
    else sqlite3_bind_blob64(s_, i, v.data(), v.size(), SQLITE_STATIC);
    return *this;
  }
  Use& text(int i, std::string_view v) {
    sqlite3_bind_text64(s_, i, v.empty() ? "" : v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
  }
  Use& integer(int i, std::int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  int step() { return sqlite3_step(s_); }
  sqlite3_stmt* get() const { return s_; }

 private:
  sqlite3_stmt* s_;
};

std::string column_bytes(sqlite3_stmt* s, int i) {
  const void* p = sqlite3_column_blob(s, i);
  const int n = sqlite3_column_bytes(s, i);
  return p == nullptr ? std::string() : std::string(static_cast<const char*>(p), static_cast<std::size_t>(n));
}

int exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

struct Registry {
  std::mutex mu;
  std::map<std::string, std::shared_ptr<Store>> stores;
};

// Never destroyed: executions on other threads may still use a store while the process exits.
Registry& registry() {
  static auto* r = new Registry;
  return *r;
}

bool file_identity(const std::string& path, std::uint64_t& dev, std::uint64_t& ino) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  dev = static_cast<std::uint64_t>(st.st_dev);
  ino = static_cast<std::uint64_t>(st.st_ino);
  return true;
}

}  // namespace

struct Store::Statements {
  sqlite3_stmt* get = nullptr;
  sqlite3_stmt* entry_bytes = nullptr;
  sqlite3_stmt* usage = nullptr;
  sqlite3_stmt* put = nullptr;
  sqlite3_stmt* put_usage = nullptr;
  sqlite3_stmt* del = nullptr;
  sqlite3_stmt* keys = nullptr;
  sqlite3_stmt* clear = nullptr;
  sqlite3_stmt* clear_usage = nullptr;

  ~Statements() {
    for (sqlite3_stmt* s : {get, entry_bytes, usage, put, put_usage, del, keys, clear, clear_usage})
      sqlite3_finalize(s);
  }
};

WaitDeadline::WaitDeadline(Clock::time_point deadline) : previous_(t_wait_deadline) {
  t_wait_deadline = std::min(previous_, deadline);
}

WaitDeadline::~WaitDeadline() { t_wait_deadline = previous_; }

Store::Store(sqlite3* db, std::string path, Quotas quotas)
    : db_(db), path_(std::move(path)), quotas_(quotas), st_(std::make_unique<Statements>()) {}

Store::~Store() {
  st_.reset();  // statements before the connection
  sqlite3_close(db_);
}

Result<std::shared_ptr<Store>> Store::open_file(const std::string& db_path, Quotas quotas) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(db_path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW |
                               SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    Error e = sqlite_error(db, rc, "cannot open the database");
    sqlite3_close(db);
    return e;
  }
  std::shared_ptr<Store> store(new Store(db, db_path, quotas));
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_handler(db, &wait_for_lock, nullptr);
  // The file may come from elsewhere: no schema-borne code, no writes to the schema by SQL.
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);

  std::string mode;
  rc = with_retry([&] {
    mode.clear();
    return sqlite3_exec(
        db, "PRAGMA journal_mode=WAL",
        [](void* out, int n, char** values, char**) {
          if (n > 0 && values[0] != nullptr) *static_cast<std::string*>(out) = values[0];
          return 0;
        },
        &mode, nullptr);
  });
  if (rc != SQLITE_OK) return sqlite_error(db, rc, "cannot switch to WAL");
  if (mode != "wal") return Error{"storage: the database refused WAL mode (" + mode + ")"};
  // FULL: the WAL is synced at every commit, so an awaited set is on disk when it resolves.
  rc = exec(db, "PRAGMA synchronous=FULL");
  if (rc != SQLITE_OK) return sqlite_error(db, rc, "cannot set synchronous=FULL");
  rc = with_retry([&] {
    int r = exec(db, "BEGIN IMMEDIATE");
    if (r != SQLITE_OK) return r;
    r = exec(db, kSchema);
    if (r == SQLITE_OK) r = exec(db, "COMMIT");
    if (r != SQLITE_OK) exec(db, "ROLLBACK");
    return r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db, rc, "cannot create the tables");

  Statements& s = *store->st_;
  const struct {
    sqlite3_stmt** out;
    const char* sql;
  } prepared[] = {
      {&s.get, "SELECT value FROM kv WHERE artifact = ?1 AND key = ?2"},
      {&s.entry_bytes, "SELECT bytes FROM kv WHERE artifact = ?1 AND key = ?2"},
      {&s.usage, "SELECT bytes FROM usage WHERE artifact = ?1"},
      {&s.put,
       "INSERT INTO kv (artifact, key, value, bytes) VALUES (?1, ?2, ?3, ?4) "
       "ON CONFLICT (artifact, key) DO UPDATE SET value = excluded.value, bytes = excluded.bytes"},
      {&s.put_usage,
       "INSERT INTO usage (artifact, bytes) VALUES (?1, ?2) "
       "ON CONFLICT (artifact) DO UPDATE SET bytes = excluded.bytes"},
      {&s.del, "DELETE FROM kv WHERE artifact = ?1 AND key = ?2"},
      {&s.keys, "SELECT key FROM kv WHERE artifact = ?1 ORDER BY key"},
      {&s.clear, "DELETE FROM kv WHERE artifact = ?1"},
      {&s.clear_usage, "DELETE FROM usage WHERE artifact = ?1"},
  };
  for (const auto& p : prepared) {
    rc = sqlite3_prepare_v3(db, p.sql, -1, SQLITE_PREPARE_PERSISTENT, p.out, nullptr);
    if (rc != SQLITE_OK) return sqlite_error(db, rc, "cannot prepare a statement");
  }
  file_identity(db_path, store->file_dev_, store->file_ino_);
  return store;
}

Result<std::shared_ptr<Store>> Store::open(const std::string& db_path, Quotas quotas) {
  return open_file(db_path, quotas);
}

Result<std::shared_ptr<Store>> Store::shared(const std::string& data_dir) {
  if (data_dir.empty()) return Error{"storage: no data directory is configured"};
  std::error_code ec;
  const fs::path dir = fs::absolute(fs::path(data_dir), ec).lexically_normal();
  if (ec) return Error{"storage: bad data directory: " + ec.message()};
  const std::string db_path = (dir / "storage.db").string();

  Registry& reg = registry();
  std::lock_guard lock(reg.mu);
  if (auto it = reg.stores.find(db_path); it != reg.stores.end()) {
    std::uint64_t dev = 0, ino = 0;
    if (file_identity(db_path, dev, ino) && dev == it->second->file_dev_ && ino == it->second->file_ino_)
      return it->second;
    reg.stores.erase(it);  // the file was removed or replaced: the old connection writes nowhere
  }
  fs::create_directories(dir, ec);
  if (ec) return Error{"storage: cannot create the data directory: " + ec.message()};
  auto opened = open_file(db_path, Quotas{});
  if (!opened) return opened;
  reg.stores.emplace(db_path, opened.value());
  return opened;
}

Result<std::optional<std::string>> Store::get(std::string_view artifact, std::string_view key) {
  std::lock_guard lock(mu_);
  std::optional<std::string> out;
  const int rc = with_retry([&] {
    Use q(st_->get);
    q.blob(1, artifact).blob(2, key);
    const int r = q.step();
    if (r == SQLITE_ROW) {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 0));
      out.emplace(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(q.get(), 0)));
      return SQLITE_OK;
    }
    return r == SQLITE_DONE ? SQLITE_OK : r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot read");
  return out;
}

Result<SetStatus> Store::set(std::string_view artifact, std::string_view key, std::string_view json) {
  if (key.size() > quotas_.max_key_bytes) return SetStatus::kKeyTooLarge;
  if (json.size() > quotas_.max_value_bytes) return SetStatus::kValueTooLarge;
  const auto entry = static_cast<std::int64_t>(key.size() + json.size());
  if (static_cast<std::size_t>(entry) > quotas_.max_artifact_bytes) return SetStatus::kArtifactFull;

  std::lock_guard lock(mu_);
  SetStatus status = SetStatus::kOk;
  const int rc = with_retry([&] {
    int r = exec(db_, "BEGIN IMMEDIATE");
    if (r != SQLITE_OK) return r;
    const auto fail = [&](int code) {
      exec(db_, "ROLLBACK");
      return code;
    };
    std::int64_t old_entry = 0, total = 0;
    {
      Use q(st_->entry_bytes);
      r = q.blob(1, artifact).blob(2, key).step();
      if (r == SQLITE_ROW) old_entry = sqlite3_column_int64(q.get(), 0);
      else if (r != SQLITE_DONE) return fail(r);
    }
    {
      Use q(st_->usage);
      r = q.blob(1, artifact).step();
      if (r == SQLITE_ROW) total = sqlite3_column_int64(q.get(), 0);
      else if (r != SQLITE_DONE) return fail(r);
    }
    const std::int64_t new_total = std::max<std::int64_t>(0, total - old_entry) + entry;
    if (static_cast<std::uint64_t>(new_total) > quotas_.max_artifact_bytes) {
      status = SetStatus::kArtifactFull;
      return fail(SQLITE_OK);
    }
    {
      Use q(st_->put);
      r = q.blob(1, artifact).blob(2, key).text(3, json).integer(4, entry).step();
      if (r != SQLITE_DONE) return fail(r);
    }
    {
      Use q(st_->put_usage);
      r = q.blob(1, artifact).integer(2, new_total).step();
      if (r != SQLITE_DONE) return fail(r);
    }
    r = exec(db_, "COMMIT");
    return r == SQLITE_OK ? r : fail(r);
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot write");
  return status;
}

Result<bool> Store::remove(std::string_view artifact, std::string_view key) {
  std::lock_guard lock(mu_);
  bool removed = false;
  const int rc = with_retry([&] {
    removed = false;
    int r = exec(db_, "BEGIN IMMEDIATE");
    if (r != SQLITE_OK) return r;
    const auto fail = [&](int code) {
      exec(db_, "ROLLBACK");
      return code;
    };
    std::int64_t old_entry = 0, total = 0;
    {
      Use q(st_->entry_bytes);
      r = q.blob(1, artifact).blob(2, key).step();
      if (r == SQLITE_DONE) return fail(SQLITE_OK);
      if (r != SQLITE_ROW) return fail(r);
      old_entry = sqlite3_column_int64(q.get(), 0);
    }
    {
      Use q(st_->usage);
      r = q.blob(1, artifact).step();
      if (r == SQLITE_ROW) total = sqlite3_column_int64(q.get(), 0);
      else if (r != SQLITE_DONE) return fail(r);
    }
    {
      Use q(st_->del);
      r = q.blob(1, artifact).blob(2, key).step();
      if (r != SQLITE_DONE) return fail(r);
    }
    {
      Use q(st_->put_usage);
      r = q.blob(1, artifact).integer(2, std::max<std::int64_t>(0, total - old_entry)).step();
      if (r != SQLITE_DONE) return fail(r);
    }
    r = exec(db_, "COMMIT");
    if (r != SQLITE_OK) return fail(r);
    removed = true;
    return r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot remove");
  return removed;
}

Result<std::vector<std::string>> Store::keys(std::string_view artifact) {
  std::lock_guard lock(mu_);
  std::vector<std::string> out;
  const int rc = with_retry([&] {
    out.clear();
    Use q(st_->keys);
    q.blob(1, artifact);
    int r;
    while ((r = q.step()) == SQLITE_ROW) out.push_back(column_bytes(q.get(), 0));
    return r == SQLITE_DONE ? SQLITE_OK : r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot list keys");
  return out;
}

Result<bool> Store::clear(std::string_view artifact) {
  std::lock_guard lock(mu_);
  const int rc = with_retry([&] {
    int r = exec(db_, "BEGIN IMMEDIATE");
    if (r != SQLITE_OK) return r;
    for (sqlite3_stmt* s : {st_->clear, st_->clear_usage}) {
      Use q(s);
      r = q.blob(1, artifact).step();
      if (r != SQLITE_DONE) {
        exec(db_, "ROLLBACK");
        return r;
      }
    }
    r = exec(db_, "COMMIT");
    if (r != SQLITE_OK) exec(db_, "ROLLBACK");
    return r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot clear");
  return true;
}

Result<std::uint64_t> Store::usage(std::string_view artifact) {
  std::lock_guard lock(mu_);
  std::uint64_t total = 0;
  const int rc = with_retry([&] {
    Use q(st_->usage);
    const int r = q.blob(1, artifact).step();
    if (r == SQLITE_ROW) total = static_cast<std::uint64_t>(sqlite3_column_int64(q.get(), 0));
    return r == SQLITE_ROW || r == SQLITE_DONE ? SQLITE_OK : r;
  });
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "cannot read usage");
  return total;
}

}  // namespace llmos::kernel::storage
