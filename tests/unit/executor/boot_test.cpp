// The boot sequence (executor/boot.hpp): each of the six stages, degraded mode without Python,
// an unusable data dir, the stdlib installed into the system volume and tamper detection, the
// status JSON, and the process kernel of is_kernel_ready()/get_kernel_status().
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "executor/boot.hpp"
#include "executor/executor.hpp"
#include "kernel/stdlib.hpp"

namespace llmos::executor {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_all(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

class Boot : public testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    root_ = fs::temp_directory_path() / ("llmos-boot-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(root_ / "bin");
    // A python3 the probe can find without depending on the machine's.
    python_ = root_ / "bin" / "python3";
    write_all(python_, "#!/bin/sh\nexit 0\n");
    fs::permissions(python_, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
    fs::create_directories(root_ / "empty");
  }
  void TearDown() override {
    shutdown_kernel();
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  BootConfig config(const fs::path& data) const {
    BootConfig c;
    c.data_dir = data.string();
    c.python_search_path = (root_ / "empty").string() + ":" + (root_ / "bin").string();
    return c;
  }
  static const StageReport& stage(const KernelStatus& s, std::string_view name) {
    for (const auto& st : s.stages)
      if (st.name == name) return st;
    ADD_FAILURE() << "no stage " << name;
    static const StageReport none;
    return none;
  }

  fs::path root_;
  fs::path python_;
};

TEST_F(Boot, RunsTheSixStagesInOrderAndTimesEach) {
  const auto k = Kernel::boot(config(root_ / "data"));
  const KernelStatus& s = k->status();
  ASSERT_EQ(s.stages.size(), kStageCount);
  double sum = 0;
  for (std::size_t i = 0; i < kStageCount; ++i) {
    EXPECT_EQ(s.stages[i].name, kStageNames[i]);
    EXPECT_GE(s.stages[i].duration_ms, 0);
    EXPECT_FALSE(s.stages[i].detail.empty()) << s.stages[i].name;
    sum += s.stages[i].duration_ms;
  }
  EXPECT_GE(s.boot_duration_ms, sum * 0.99);
  EXPECT_LT(s.boot_duration_ms, 5000);
  EXPECT_EQ(s.status, "ready") << s.to_json();
  EXPECT_TRUE(k->ready());
  EXPECT_TRUE(s.problems.empty()) << s.to_json();
  EXPECT_EQ(s.version, "0.1.0");
}

TEST_F(Boot, InitSystemMakesTheDataDirAbsolute) {
  const fs::path cwd = fs::current_path();
  fs::current_path(root_);
  const auto k = Kernel::boot(config("relative/data/"));
  fs::current_path(cwd);
  EXPECT_EQ(stage(k->status(), "init-system").status, "ok");
  EXPECT_EQ(k->data_dir(), (root_ / "relative" / "data").string());
  EXPECT_EQ(k->status().data_dir, k->data_dir());
  EXPECT_TRUE(fs::is_directory(root_ / "relative" / "data" / "user"));
}

TEST_F(Boot, ResolveDataDirFollowsTheContractOrder) {
  const auto saved = [](const char* n) { const char* v = std::getenv(n); return v ? std::optional<std::string>(v) : std::nullopt; };
  const auto restore = [](const char* n, const std::optional<std::string>& v) {
    if (v) ::setenv(n, v->c_str(), 1); else ::unsetenv(n);
  };
  const auto data = saved("LLMOS_DATA_DIR"), xdg = saved("XDG_DATA_HOME"), home = saved("HOME");
  ::setenv("LLMOS_DATA_DIR", "/d/llmos", 1);
  ::setenv("XDG_DATA_HOME", "/x", 1);
  ::setenv("HOME", "/h", 1);
  EXPECT_EQ(resolve_data_dir("/flag"), "/flag");
  EXPECT_EQ(resolve_data_dir(""), "/d/llmos");
  ::unsetenv("LLMOS_DATA_DIR");
  EXPECT_EQ(resolve_data_dir(""), "/x/llmos");
  ::unsetenv("XDG_DATA_HOME");
  EXPECT_EQ(resolve_data_dir(""), "/h/.local/share/llmos");
  restore("LLMOS_DATA_DIR", data);
  restore("XDG_DATA_HOME", xdg);
  restore("HOME", home);
}

TEST_F(Boot, MountVolumesCreatesSystemTeamAndUserWritable) {
  const fs::path data = root_ / "data";
  const auto k = Kernel::boot(config(data));
  EXPECT_EQ(stage(k->status(), "mount-volumes").status, "ok");
  ASSERT_EQ(k->status().volumes.size(), 3u);
  const char* names[] = {"system", "team", "user"};
  for (std::size_t i = 0; i < 3; ++i) {
    const VolumeReport& v = k->status().volumes[i];
    EXPECT_EQ(v.name, names[i]);
    EXPECT_EQ(v.path, (data / names[i]).string());
    EXPECT_EQ(v.status, "mounted");
    EXPECT_TRUE(v.writable);
    EXPECT_TRUE(fs::is_directory(v.path));
  }
  // The write probe leaves nothing behind.
  EXPECT_TRUE(fs::is_empty(data / "team"));
  EXPECT_TRUE(fs::is_empty(data / "user"));
}

TEST_F(Boot, UnusableDataDirIsDegradedNamingThePathAndTheReason) {
  const fs::path file = root_ / "a-file";
  write_all(file, "not a directory");
  const fs::path data = file / "llmos";
  const auto k = Kernel::boot(config(data));
  const KernelStatus& s = k->status();
  EXPECT_EQ(s.status, "degraded") << s.to_json();
  EXPECT_TRUE(k->ready());
  const StageReport& mount = stage(s, "mount-volumes");
  EXPECT_EQ(mount.status, "error");
  EXPECT_NE(mount.detail.find(data.string()), std::string::npos) << mount.detail;
  EXPECT_NE(mount.detail.find(file.string() + " is not a directory"), std::string::npos) << mount.detail;
  ASSERT_FALSE(s.problems.empty());
  EXPECT_NE(s.problems[0].find("is not a directory"), std::string::npos);
  for (const auto& v : s.volumes) {
    EXPECT_EQ(v.status, "error");
    EXPECT_FALSE(v.writable);
    EXPECT_FALSE(v.error.empty());
  }
  // JavaScript still runs, with the stdlib built into llmos.
  EXPECT_EQ(s.javascript, "ready");
  EXPECT_EQ(s.stdlib, "ready");
  EXPECT_EQ(stage(s, "load-stdlib").status, "degraded");
  for (const auto& f : s.stdlib_files) EXPECT_EQ(f.status, "embedded");
  EXPECT_EQ(k->stdlib()->origin, "embedded");
  ExecOptions opt;
  opt.stdlib = k->stdlib();
  const auto ex = execute_javascript("LLMOS.utils.sum([1, 2, 3])", opt);
  EXPECT_TRUE(ex.result.success);
  EXPECT_EQ(ex.result.output_json, "6");
}

TEST_F(Boot, DataDirThatIsAFileIsUnusable) {
  const fs::path file = root_ / "data-file";
  write_all(file, "x");
  const auto k = Kernel::boot(config(file));
  EXPECT_EQ(k->status().status, "degraded");
  const StageReport& mount = stage(k->status(), "mount-volumes");
  EXPECT_NE(mount.detail.find(file.string() + " is not a directory"), std::string::npos) << mount.detail;
}

TEST_F(Boot, LoadJsRuntimeChecksTheEngine) {
  const auto k = Kernel::boot(config(root_ / "data"));
  const StageReport& st = stage(k->status(), "load-js-runtime");
  EXPECT_EQ(st.status, "ok");
  EXPECT_NE(st.detail.find("QuickJS 2025-04-26"), std::string::npos);
  EXPECT_EQ(k->status().javascript, "ready");
  EXPECT_EQ(k->status().engine, "QuickJS 2025-04-26");
}

TEST_F(Boot, PythonFoundIsLazy) {
  const auto k = Kernel::boot(config(root_ / "data"));
  const StageReport& st = stage(k->status(), "init-python");
  EXPECT_EQ(st.status, "lazy");
  EXPECT_EQ(k->status().python, "lazy");
  EXPECT_EQ(k->status().python_executable, python_.string());
  EXPECT_NE(st.detail.find(python_.string()), std::string::npos);
}

TEST_F(Boot, PythonHiddenIsDegradedAndJavaScriptStillRuns) {
  BootConfig c = config(root_ / "data");
  c.python_search_path = (root_ / "empty").string();
  const auto k = Kernel::boot(c);
  const KernelStatus& s = k->status();
  EXPECT_EQ(stage(s, "init-python").status, "unavailable");
  EXPECT_EQ(s.python, "unavailable");
  EXPECT_EQ(s.status, "degraded");
  EXPECT_TRUE(k->ready());
  EXPECT_TRUE(s.python_executable.empty());
  ASSERT_EQ(s.problems.size(), 1u) << s.to_json();
  EXPECT_NE(s.problems[0].find("python3 not found"), std::string::npos);
  ExecOptions opt;
  opt.stdlib = k->stdlib();
  EXPECT_TRUE(execute_javascript("1", opt).result.success);
}

TEST_F(Boot, PythonSearchIgnoresEmptyEntriesAndNonExecutables) {
  const fs::path plain = root_ / "plain";
  fs::create_directories(plain);
  write_all(plain / "python3", "not executable");
  fs::permissions(plain / "python3", fs::perms::owner_read | fs::perms::owner_write);
  fs::create_directories(plain / "dir" / "python3");  // a directory of that name
  BootConfig c = config(root_ / "data");
  c.python_search_path = "::" + plain.string() + ":" + (plain / "dir").string();
  const auto k = Kernel::boot(c);
  EXPECT_EQ(k->status().python, "unavailable") << k->status().to_json();
}

TEST_F(Boot, ExplicitPythonExecutable) {
  BootConfig c = config(root_ / "data");
  c.python_search_path = (root_ / "empty").string();
  c.python_executable = python_.string();
  EXPECT_EQ(Kernel::boot(c)->status().python, "lazy");
  c.python_executable = (root_ / "no-such-python").string();
  const auto k = Kernel::boot(c);
  EXPECT_EQ(k->status().python, "unavailable");
  EXPECT_NE(k->status().problems.at(0).find("no-such-python"), std::string::npos);
}

TEST_F(Boot, LoadStdlibInstallsVerifiesAndLoadsFromTheSystemVolume) {
  const fs::path data = root_ / "data";
  const fs::path dir = data / "system" / "kernel";
  const auto first = Kernel::boot(config(data));
  const KernelStatus& s1 = first->status();
  EXPECT_EQ(stage(s1, "load-stdlib").status, "ok");
  ASSERT_EQ(s1.stdlib_files.size(), 2u);
  EXPECT_EQ(s1.stdlib_files[0].name, "init.jsbc");
  EXPECT_EQ(s1.stdlib_files[1].name, "stdlib.jsbc");
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& f = s1.stdlib_files[i];
    EXPECT_EQ(f.status, "installed");
    EXPECT_EQ(f.path, (dir / f.name).string());
    EXPECT_EQ(read_all(f.path), std::string(kernel::stdlib_files()[i].embedded));
    EXPECT_EQ(f.bytes, kernel::stdlib_files()[i].embedded.size());
  }
  EXPECT_EQ(first->stdlib()->origin, dir.string());
  EXPECT_NE(s1.stdlib_banner.find("LLMOS kernel API 0.1.0"), std::string::npos) << s1.stdlib_banner;
  EXPECT_NE(s1.stdlib_banner.find("storage"), std::string::npos);

  const auto second = Kernel::boot(config(data));
  for (const auto& f : second->status().stdlib_files) EXPECT_EQ(f.status, "verified");
  EXPECT_EQ(second->status().status, "ready");
  // No temporary files are left next to them.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);
}

TEST_F(Boot, AModifiedStdlibFileIsDetectedAndReplaced) {
  const fs::path data = root_ / "data";
  Kernel::boot(config(data));
  const fs::path init = data / "system" / "kernel" / "init.jsbc";
  std::string bytes = read_all(init);
  bytes[bytes.size() / 2] ^= 0x5a;  // one flipped byte: the bytecode reader must never see it
  write_all(init, bytes);
  write_all(data / "system" / "kernel" / "stdlib.jsbc", "");  // truncated

  const auto k = Kernel::boot(config(data));
  const KernelStatus& s = k->status();
  EXPECT_EQ(s.stdlib_files[0].status, "replaced");
  EXPECT_EQ(s.stdlib_files[1].status, "replaced");
  EXPECT_EQ(read_all(init), std::string(kernel::stdlib_files()[0].embedded));
  EXPECT_EQ(s.status, "ready") << s.to_json();  // repaired
  ASSERT_EQ(s.problems.size(), 2u);
  EXPECT_NE(s.problems[0].find(init.string()), std::string::npos);
  EXPECT_NE(s.problems[0].find("replaced"), std::string::npos);
  ExecOptions opt;
  opt.stdlib = k->stdlib();
  EXPECT_EQ(execute_javascript("LLMOS.utils.mean([1, 2])", opt).result.output_json, "1.5");
}

TEST_F(Boot, AStdlibFileThatCannotBeReplacedFallsBackToTheEmbeddedCopy) {
  const fs::path data = root_ / "data";
  fs::create_directories(data / "system" / "kernel" / "init.jsbc" / "x");  // a directory in its place
  const auto k = Kernel::boot(config(data));
  const KernelStatus& s = k->status();
  EXPECT_EQ(s.stdlib_files[0].status, "error");
  EXPECT_EQ(stage(s, "load-stdlib").status, "degraded");
  EXPECT_EQ(s.status, "degraded");
  EXPECT_EQ(s.stdlib, "ready");
  EXPECT_EQ(k->stdlib()->origin, "embedded");
  EXPECT_NE(s.to_json().find("init.jsbc"), std::string::npos);
}

TEST_F(Boot, FinalizeReportsTheKernelStatus) {
  const auto k = Kernel::boot(config(root_ / "data"));
  const StageReport& st = stage(k->status(), "finalize");
  EXPECT_EQ(st.status, "ok");
  EXPECT_EQ(st.detail, "kernel ready");
}

TEST_F(Boot, StatusJsonIsTheContractObject) {
  const auto k = Kernel::boot(config(root_ / "data"));
  const json j = json::parse(k->status().to_json());
  EXPECT_EQ(j["version"], "0.1.0");
  EXPECT_EQ(j["status"], "ready");
  EXPECT_EQ(j["modules"], (json{{"javascript", "ready"}, {"python", "lazy"}, {"stdlib", "ready"}}));
  EXPECT_TRUE(j["bootDuration"].is_number());
  ASSERT_EQ(j["stages"].size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(j["stages"][i]["name"], kStageNames[i]);
    EXPECT_TRUE(j["stages"][i]["status"].is_string());
    EXPECT_TRUE(j["stages"][i]["durationMs"].is_number());
  }
  EXPECT_EQ(j["dataDir"], (root_ / "data").string());
  EXPECT_EQ(j["volumes"].size(), 3u);
  EXPECT_EQ(j["stdlibFiles"].size(), 2u);
  EXPECT_EQ(j["sandbox"]["defaultTimeoutMs"], 5000);
  EXPECT_TRUE(j["problems"].is_array());
}

TEST_F(Boot, TheProcessKernel) {
  shutdown_kernel();
  EXPECT_FALSE(is_kernel_ready());
  const KernelStatus before = get_kernel_status();
  EXPECT_EQ(before.status, "booting");
  ASSERT_EQ(before.stages.size(), 6u);
  for (const auto& st : before.stages) EXPECT_EQ(st.status, "pending");

  const fs::path data = root_ / "data";
  boot_kernel(config(data));
  EXPECT_TRUE(is_kernel_ready());
  EXPECT_EQ(get_kernel_status().status, "ready");
  EXPECT_EQ(process_kernel()->data_dir(), data.string());
  // Executions that leave the data dir unset use the process kernel's.
  const auto ex = execute_artifact("await LLMOS.storage.set('k', 1); await LLMOS.storage.get('k')",
                                   Language::kJavaScript, "process-kernel", ExecOptions{});
  EXPECT_TRUE(ex.result.success) << ex.result.to_json();
  EXPECT_EQ(ex.result.artifact_id, "process-kernel");
  EXPECT_TRUE(fs::exists(data / "storage.db"));

  shutdown_kernel();
  EXPECT_FALSE(is_kernel_ready());
}

}  // namespace
}  // namespace llmos::executor
