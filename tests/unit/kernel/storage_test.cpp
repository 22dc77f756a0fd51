#include "kernel/storage/store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace llmos::kernel::storage {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("llmos-storage-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::shared_ptr<Store> open_store(const TempDir& dir, Quotas q = {}) {
  auto s = Store::open((dir.path() / "storage.db").string(), q);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  return s.value();
}

std::optional<std::string> get(Store& s, std::string_view a, std::string_view k) {
  auto r = s.get(a, k);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.value();
}

void set(Store& s, std::string_view a, std::string_view k, std::string_view v) {
  auto r = s.set(a, k, v);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value(), SetStatus::kOk);
}

TEST(Store, SetGetRemove) {
  TempDir dir;
  auto s = open_store(dir);
  EXPECT_EQ(get(*s, "a", "missing"), std::nullopt);
  set(*s, "a", "k", R"({"x":1})");
  EXPECT_EQ(get(*s, "a", "k"), R"({"x":1})");
  set(*s, "a", "k", "[1,2,3]");
  EXPECT_EQ(get(*s, "a", "k"), "[1,2,3]");
  EXPECT_TRUE(s->remove("a", "k").value());
  EXPECT_FALSE(s->remove("a", "k").value());
  EXPECT_EQ(get(*s, "a", "k"), std::nullopt);
}

TEST(Store, ArtifactsAndKeysNeverCollide) {
  TempDir dir;
  auto s = open_store(dir);
  const std::string nul("a\0b", 3);
  const std::string long_key(10000, 'k');
  const std::string long_id(10000, 'i');
  // Pairs that a "llmos:artifact:{id}:{key}" string would confuse.
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"a:b", "c"},       {"a", "b:c"},         {"a", "b"},          {"a:", "b"},
      {"a", ":b"},        {"../x", "y"},        {"x", "../../etc/passwd"}, {"/", "/"},
      {nul, "k"},         {"a", nul},           {std::string("a\0", 2), "b"}, {"a", std::string("\0b", 2)},
      {long_id, long_key}, {long_id, "k"},      {"i", long_key},     {"", "empty-id"},
      {"unicode-é", "ключ"}, {"default", "k"}};
  for (std::size_t i = 0; i < entries.size(); ++i)
    set(*s, entries[i].first, entries[i].second, std::to_string(i));
  for (std::size_t i = 0; i < entries.size(); ++i)
    EXPECT_EQ(get(*s, entries[i].first, entries[i].second), std::to_string(i)) << i;
  // Nothing was written next to the database.
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    ++files;
    EXPECT_EQ(e.path().filename().string().rfind("storage.db", 0), 0u) << e.path();
  }
  EXPECT_LE(files, 3u);
  // A remove in one namespace leaves the look-alikes alone.
  EXPECT_TRUE(s->remove("a:b", "c").value());
  EXPECT_EQ(get(*s, "a", "b:c"), "1");
}

TEST(Store, UsageFollowsEveryChange) {
  TempDir dir;
  auto s = open_store(dir);
  set(*s, "a", "k1", "12345");   // 2 + 5
  set(*s, "a", "k2", "1");       // 2 + 1
  EXPECT_EQ(s->usage("a").value(), 10u);
  set(*s, "a", "k1", "1");       // replaced: 2 + 1
  EXPECT_EQ(s->usage("a").value(), 6u);
  EXPECT_TRUE(s->remove("a", "k2").value());
  EXPECT_EQ(s->usage("a").value(), 3u);
  EXPECT_EQ(s->usage("b").value(), 0u);
  EXPECT_TRUE(s->clear("a").value());
  EXPECT_EQ(s->usage("a").value(), 0u);
  EXPECT_EQ(get(*s, "a", "k1"), std::nullopt);
}

TEST(Store, QuotasRefuseWithoutWriting) {
  TempDir dir;
  Quotas q;
  q.max_value_bytes = 100;
  q.max_artifact_bytes = 250;
  q.max_key_bytes = 20;
  auto s = open_store(dir, q);
  EXPECT_EQ(s->set("a", "k", std::string(101, '1')).value(), SetStatus::kValueTooLarge);
  EXPECT_EQ(s->set("a", std::string(21, 'k'), "1").value(), SetStatus::kKeyTooLarge);
  set(*s, "a", "k1", std::string(98, '1'));  // 100
  set(*s, "a", "k2", std::string(98, '1'));  // 200
  EXPECT_EQ(s->set("a", "k3", std::string(98, '1')).value(), SetStatus::kArtifactFull);
  EXPECT_EQ(get(*s, "a", "k3"), std::nullopt);
  // Replacing a value counts the old one out.
  set(*s, "a", "k2", std::string(98, '2'));
  set(*s, "a", "k3", std::string(48, '3'));  // 250: exactly the quota
  EXPECT_EQ(s->usage("a").value(), 250u);
  // Another artifact has a quota of its own.
  set(*s, "b", "k1", std::string(98, '1'));
  // After a remove there is room again.
  EXPECT_TRUE(s->remove("a", "k1").value());
  set(*s, "a", "k4", std::string(98, '4'));
}

TEST(Store, KeysAreListedPerArtifactInOrder) {
  TempDir dir;
  auto s = open_store(dir);
  set(*s, "a", "b", "1");
  set(*s, "a", "a", "1");
  set(*s, "a", "c", "1");
  set(*s, "b", "z", "1");
  EXPECT_EQ(s->keys("a").value(), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(s->keys("b").value(), (std::vector<std::string>{"z"}));
  EXPECT_TRUE(s->keys("none").value().empty());
}

TEST(Store, DataSurvivesReopening) {
  TempDir dir;
  {
    auto s = open_store(dir);
    set(*s, "a", "k", "\"v\"");
  }
  auto s = open_store(dir);
  EXPECT_EQ(get(*s, "a", "k"), "\"v\"");
  EXPECT_EQ(s->usage("a").value(), 4u);
}

TEST(Store, SharedCreatesTheDirectoryOnFirstUseAndIsShared) {
  TempDir dir;
  const fs::path data = dir.path() / "nested" / "data";
  EXPECT_FALSE(fs::exists(data));
  auto a = Store::shared(data.string());
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_TRUE(fs::exists(data / "storage.db"));
  auto b = Store::shared((dir.path() / "nested" / "." / "data").string());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a.value().get(), b.value().get());
}

TEST(Store, SharedReopensADeletedDatabase) {
  TempDir dir;
  const fs::path data = dir.path() / "d";
  auto a = Store::shared(data.string());
  ASSERT_TRUE(a.ok());
  set(*a.value(), "x", "k", "1");
  fs::remove_all(data);
  auto b = Store::shared(data.string());
  ASSERT_TRUE(b.ok()) << b.error().message;
  EXPECT_EQ(get(*b.value(), "x", "k"), std::nullopt);
  set(*b.value(), "x", "k", "2");
  EXPECT_TRUE(fs::exists(data / "storage.db"));
}

TEST(Store, UnusableDataDirIsAnErrorNotACrash) {
  TempDir dir;
  EXPECT_FALSE(Store::shared("").ok());
  const fs::path file = dir.path() / "file";
  std::ofstream(file) << "x";
  auto r = Store::shared(file.string());
  EXPECT_FALSE(r.ok());
  auto r2 = Store::shared((file / "sub").string());
  EXPECT_FALSE(r2.ok());
  // A file that is not a database.
  const fs::path bogus = dir.path() / "bogus";
  fs::create_directories(bogus);
  std::ofstream(bogus / "storage.db") << std::string(4096, 'x');
  auto r3 = Store::shared(bogus.string());
  EXPECT_FALSE(r3.ok());
}

TEST(Store, ThreadsShareOneConnection) {
  TempDir dir;
  auto s = Store::shared((dir.path() / "t").string()).value();
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      const std::string artifact = t % 2 ? "a1" : "a0";
      for (int i = 0; i < 50; ++i) {
        std::string key = std::to_string(t);
        key += ':';
        key += std::to_string(i);
        auto r = s->set(artifact, key, std::to_string(i));
        ASSERT_TRUE(r.ok()) << r.error().message;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(s->keys("a0").value().size(), 200u);
  EXPECT_EQ(s->keys("a1").value().size(), 200u);
}

TEST(Store, SeparateConnectionsNeverSeeDatabaseLocked) {
  // Separate connections lock as separate processes do.
  TempDir dir;
  const std::string path = (dir.path() / "storage.db").string();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      auto s = Store::open(path);
      if (!s.ok()) {
        ++failures;
        return;
      }
      for (int i = 0; i < 100; ++i) {
        auto r = s.value()->set("shared", std::to_string(t) + "-" + std::to_string(i), "1");
        if (!r.ok()) ++failures;
        auto g = s.value()->get("shared", std::to_string(t) + "-" + std::to_string(i));
        if (!g.ok() || !g.value()) ++failures;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto s = Store::open(path).value();
  EXPECT_EQ(s->keys("shared").value().size(), 400u);
  std::uint64_t total = 0;
  const std::vector<std::string> keys = s->keys("shared").value();
  for (const auto& k : keys) total += k.size() + 1;
  EXPECT_EQ(s->usage("shared").value(), total);
}

}  // namespace
}  // namespace llmos::kernel::storage
