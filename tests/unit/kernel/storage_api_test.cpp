// LLMOS.storage through the executor: what needs several runs (persistence, isolation between
// artifacts), a data dir that must stay untouched, and the quotas at their real size.
// Single-run behaviours are in tests/js/test-storage-*.js.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "executor/executor.hpp"

namespace llmos {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class StorageApi : public testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("llmos-storage-api-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  json run(const std::string& code, const std::string& artifact = "default", std::string data_dir = "@") {
    executor::ExecOptions opt;
    opt.artifact_id = artifact;
    opt.limits.timeout_ms = 60000;  // these runs write up to 64 MB with an fsync per write
    opt.data_dir = data_dir == "@" ? dir_.string() : data_dir;
    return json::parse(executor::execute_javascript(code, opt).result.to_json());
  }

  fs::path dir_;
};

TEST_F(StorageApi, SeedExampleGivesItsResult) {
  const json r = run(R"(
  const id = LLMOS.utils.uid();
  const value = LLMOS.utils.clamp(150, 0, 100);
  LLMOS.log.info('Generated ID: ' + id);
  LLMOS.log.info('Clamped value: ' + value);
  await LLMOS.storage.set('config', { id, value });
  const config = await LLMOS.storage.get('config');
  { id, value, config };
)", "my-artifact");
  ASSERT_TRUE(r["success"]) << r.dump();
  EXPECT_EQ(r["output"]["value"], 100);
  EXPECT_EQ(r["output"]["config"], (json{{"id", r["output"]["id"]}, {"value", 100}}));
  EXPECT_EQ(r["logs"].size(), 2u);
}

TEST_F(StorageApi, PersistsAcrossRunsAndIsolatesArtifacts) {
  ASSERT_TRUE(run("await LLMOS.storage.set('c', 1); 0", "a:b")["success"]);
  // "a:b" + "c" and "a" + "b:c" would both be llmos:artifact:a:b:c as one string.
  EXPECT_EQ(run("await LLMOS.storage.get('b:c')", "a")["output"], nullptr);
  ASSERT_TRUE(run("await LLMOS.storage.set('b:c', 2); 0", "a")["success"]);
  EXPECT_EQ(run("await LLMOS.storage.get('c')", "a:b")["output"], 1);
  EXPECT_EQ(run("await LLMOS.storage.get('b:c')", "a")["output"], 2);
  EXPECT_EQ(run("await LLMOS.storage.keys()", "a:b")["output"], json::array({"c"}));
  EXPECT_EQ(run("await LLMOS.storage.get('c')", "other")["output"], nullptr);
  ASSERT_TRUE(run("await LLMOS.storage.remove('c'); 0", "a:b")["success"]);
  EXPECT_EQ(run("await LLMOS.storage.get('c')", "a:b")["output"], nullptr);
  EXPECT_EQ(run("await LLMOS.storage.get('b:c')", "a")["output"], 2);
}

TEST_F(StorageApi, HostileIdsAndKeysStayInsideTheDatabase) {
  const std::string long_id(10000, 'x');
  for (const std::string& id : {std::string("../../etc"), std::string("/tmp/x"), std::string("a\0b", 3), long_id}) {
    const json r = run("await LLMOS.storage.set('../k\\u0000' + 'y'.repeat(10000), {v: 1});"
                       "await LLMOS.storage.get('../k\\u0000' + 'y'.repeat(10000))",
                       id);
    ASSERT_TRUE(r["success"]) << r.dump().substr(0, 500);
    EXPECT_EQ(r["output"], (json{{"v", 1}}));
  }
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().rfind("storage.db", 0), 0u) << e.path();
  EXPECT_FALSE(fs::exists(dir_.parent_path() / "etc"));
}

TEST_F(StorageApi, NothingIsCreatedUntilStorageIsUsed) {
  EXPECT_TRUE(run("1 + 1")["success"]);
  EXPECT_TRUE(run("LLMOS.dom.createElement('div', {textContent: 'x'}); typeof LLMOS.storage.get")["success"]);
  EXPECT_FALSE(fs::exists(dir_));
  // A bad argument is refused before the database is opened.
  EXPECT_FALSE(run("await LLMOS.storage.get(42)")["success"]);
  EXPECT_FALSE(fs::exists(dir_));
  EXPECT_TRUE(run("await LLMOS.storage.get('k')")["success"]);
  EXPECT_TRUE(fs::exists(dir_ / "storage.db"));
}

TEST_F(StorageApi, NoDataDirIsAnErrorInTheArtifact) {
  const json r = run("await LLMOS.storage.get('k')", "default", "");
  EXPECT_FALSE(r["success"]);
  EXPECT_EQ(r["error"]["kind"], "runtime");
  EXPECT_NE(r["error"]["message"].get<std::string>().find("storage is unavailable"), std::string::npos) << r.dump();
  const json caught = run("try { await LLMOS.storage.set('k', 1) } catch (e) { e.message }", "default", "");
  EXPECT_TRUE(caught["success"]);
}

TEST_F(StorageApi, ValueQuotaIsALimitError) {
  const json r = run("await LLMOS.storage.set('big', 'x'.repeat(8 * 1024 * 1024))");
  EXPECT_FALSE(r["success"]);
  EXPECT_EQ(r["error"]["kind"], "limit") << r.dump().substr(0, 500);
  EXPECT_EQ(r["error"]["name"], "RangeError");
  // Exactly 8 MB of JSON (the quotes count) is allowed.
  const json ok = run("await LLMOS.storage.set('big', 'x'.repeat(8 * 1024 * 1024 - 2)); (await LLMOS.storage.get('big')).length");
  EXPECT_EQ(ok["output"], 8 * 1024 * 1024 - 2) << ok.dump().substr(0, 500);
}

TEST_F(StorageApi, ArtifactQuotaIsALimitErrorAndKeepsWhatWasStored) {
  const json r = run(R"(
const chunk = 'x'.repeat(8 * 1024 * 1024 - 100);
let stored = 0, error = null;
try {
  for (let i = 0; i < 10; i++) { await LLMOS.storage.set('k' + i, chunk); stored++; }
} catch (e) { error = e; }
({ stored, name: error && error.name, message: error && error.message, k0: (await LLMOS.storage.get('k0')).length });
)", "quota");
  ASSERT_TRUE(r["success"]) << r.dump().substr(0, 500);
  EXPECT_EQ(r["output"]["stored"], 8);
  EXPECT_EQ(r["output"]["name"], "RangeError");
  EXPECT_EQ(r["output"]["k0"], 8 * 1024 * 1024 - 100);
  // Uncaught, the same refusal fails the run as a limit.
  const json r2 = run("await LLMOS.storage.set('k9', 'x'.repeat(1024 * 1024))", "quota");
  EXPECT_EQ(r2["error"]["kind"], "limit") << r2.dump().substr(0, 500);
  // Another artifact is not affected.
  EXPECT_TRUE(run("await LLMOS.storage.set('k', 'x'.repeat(1024 * 1024)); 1", "other")["success"]);
  // Freeing space makes room again.
  EXPECT_TRUE(run("await LLMOS.storage.remove('k0'); await LLMOS.storage.set('k9', 'x'.repeat(1024 * 1024)); 1", "quota")["success"]);
}

// Another process holding the write lock (a long transaction) makes a write wait, but never
// past the artifact's time limit: the run ends as a timeout, soon after its limit.
TEST_F(StorageApi, WaitingForALockEndsAtTheTimeLimit) {
  ASSERT_TRUE(run("await LLMOS.storage.set('k', 1); 1")["success"]);
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "storage.db").string().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE; UPDATE kv SET value = '2';", nullptr, nullptr, nullptr), SQLITE_OK);

  executor::ExecOptions opt;
  opt.limits.timeout_ms = 300;
  opt.data_dir = dir_.string();
  const auto t0 = std::chrono::steady_clock::now();
  const json r = json::parse(executor::execute_javascript("await LLMOS.storage.set('k', 3); 'written'", opt).result.to_json());
  const auto waited = std::chrono::steady_clock::now() - t0;
  EXPECT_FALSE(r["success"]) << r.dump();
  EXPECT_EQ(r["error"]["kind"], "timeout") << r.dump();
  EXPECT_LT(waited, std::chrono::milliseconds(2500));  // the store's own budget is 5 s and more

  ASSERT_EQ(sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);
  EXPECT_EQ(run("await LLMOS.storage.get('k')")["output"], 1);  // nothing half-written
}

}  // namespace
}  // namespace llmos
