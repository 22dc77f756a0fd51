// src/isolation: frames, the policy builder, outcome classification, and each layer applied in
// a forked child (which reports what it could still do through its exit status).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "isolation/frame.hpp"
#include "isolation/landlock.hpp"
#include "isolation/outcome.hpp"
#include "isolation/process.hpp"
#include "isolation/rlimits.hpp"
#include "isolation/sandbox.hpp"
#include "isolation/seccomp_policy.hpp"

namespace {

namespace fs = std::filesystem;
using namespace llmos::isolation;

TEST(Frame, EncodesLengthLittleEndian) {
  const std::string f = encode_frame("abc");
  ASSERT_EQ(f.size(), 7u);
  EXPECT_EQ(f[0], 3);
  EXPECT_EQ(f[1], 0);
  EXPECT_EQ(f.substr(4), "abc");
  EXPECT_EQ(encode_frame("").size(), 4u);
}

TEST(Frame, DecoderReassemblesFramesSplitAnywhere) {
  const std::string stream = encode_frame("first") + encode_frame("") + encode_frame(std::string(70000, 'x'));
  FrameDecoder d;
  std::vector<std::string> got;
  for (char c : stream) {
    d.feed(std::string_view(&c, 1));
    while (auto f = d.next()) got.push_back(*f);
  }
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "first");
  EXPECT_EQ(got[1], "");
  EXPECT_EQ(got[2].size(), 70000u);
  EXPECT_EQ(d.buffered(), 0u);
  EXPECT_FALSE(d.error());
}

TEST(Frame, OversizedFrameIsAnErrorNotAnAllocation) {
  FrameDecoder d(16);
  d.feed(encode_frame(std::string(17, 'a')));
  EXPECT_FALSE(d.next());
  EXPECT_TRUE(d.error());
  std::string huge = "\xff\xff\xff\x7f";
  FrameDecoder d2(1 << 20);
  d2.feed(huge);
  EXPECT_FALSE(d2.next());
  EXPECT_TRUE(d2.error());
}

TEST(Frame, BlockingReadAndWriteOverASocket) {
  int sv[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  UniqueFd a(sv[0]), b(sv[1]);
  ASSERT_TRUE(write_frame(a.get(), "{\"t\":1}", true));
  ASSERT_TRUE(write_frame(a.get(), "second"));
  EXPECT_EQ(read_frame(b.get()).value_or("?"), "{\"t\":1}");
  EXPECT_EQ(read_frame(b.get()).value_or("?"), "second");
  a.reset();
  EXPECT_FALSE(read_frame(b.get()));  // end of stream
  // Writing to a closed peer is an error, not SIGPIPE.
  int sv2[2];
  ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv2), 0);
  UniqueFd c(sv2[0]);
  ::close(sv2[1]);
  EXPECT_FALSE(write_frame(c.get(), "x", true));
}

TEST(Policy, GroupsAreNamedAndDangerousGrantsVisible) {
  PolicyBuilder p;
  p.allow_stdio().allow_memory().refuse_new_processes().refuse_sockets().kill_on_escape_attempts();
  const auto groups = p.groups();
  EXPECT_NE(std::find(groups.begin(), groups.end(), "stdio"), groups.end());
  EXPECT_NE(std::find(groups.begin(), groups.end(), "no sockets"), groups.end());
  EXPECT_EQ(p.action_for("read"), Action::kAllow);
  EXPECT_EQ(p.action_for("mmap"), Action::kAllow);
  EXPECT_EQ(p.action_for("execve"), Action::kErrno);
  EXPECT_EQ(p.action_for("socket"), Action::kErrno);
  EXPECT_EQ(p.action_for("ptrace"), Action::kKill);
  EXPECT_EQ(p.action_for("mount"), Action::kKill);
  EXPECT_EQ(p.action_for("openat"), Action::kErrno);  // not granted: the default refuses
  p.DANGEROUS_allow("openat");
  EXPECT_EQ(p.action_for("openat"), Action::kAllow);
  const auto after = p.groups();
  EXPECT_NE(std::find(after.begin(), after.end(), "DANGEROUS: single grants"), after.end());
}

TEST(Policy, SignalsOnlyToSelfAreConditional) {
  PolicyBuilder p;
  p.allow_signals_to_self(1234);
  bool found = false;
  for (const auto& r : p.rules())
    if (r.name == "kill") {
      found = true;
      ASSERT_TRUE(r.match);
      EXPECT_EQ(r.match->index, 0u);
      EXPECT_EQ(r.match->value, 1234u);
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(p.action_for("kill"), Action::kErrno);  // unconditionally: refused
}

TEST(Outcome, Classification) {
  EndFacts f;
  f.exit.exited = true;
  f.reported_result = true;
  EXPECT_EQ(classify(f), Outcome::kOk);
  f.result_is_error = true;
  EXPECT_EQ(classify(f), Outcome::kError);
  f.result_is_memory = true;
  EXPECT_EQ(classify(f), Outcome::kMemory);
  f.host_timed_out = true;
  EXPECT_EQ(classify(f), Outcome::kTimeout);  // the host's kill wins

  EndFacts g;
  g.exit = ChildExit::from_wait_status(SIGSYS);  // WIFSIGNALED with SIGSYS
  EXPECT_FALSE(g.exit.exited);
  EXPECT_EQ(classify(g), Outcome::kViolation);
  g.exit.signal = SIGSEGV;
  EXPECT_EQ(classify(g), Outcome::kCrashed);
  g.exit.signal = SIGXCPU;
  EXPECT_EQ(classify(g), Outcome::kTimeout);
  g.exit.signal = SIGKILL;
  EXPECT_EQ(classify(g), Outcome::kKilled);
  EndFacts h;
  h.exit = ChildExit::from_wait_status(3 << 8);
  EXPECT_TRUE(h.exit.exited);
  EXPECT_EQ(h.exit.code, 3);
  EXPECT_EQ(classify(h), Outcome::kCrashed);  // exited without a result
  EXPECT_EQ(to_string(Outcome::kViolation), "violation");
  EXPECT_EQ(signal_name(SIGSEGV), "SIGSEGV");
  EXPECT_EQ(signal_name(99), "signal 99");
}

// Runs `body` in a forked child; its return value is the exit code (or the child dies of a signal).
template <typename F>
int in_child(F body) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

PolicyBuilder child_policy() {
  PolicyBuilder p;
  p.allow_stdio().allow_memory().allow_filesystem().allow_time().allow_signals_to_self(::getpid())
      .allow_threads().allow_process_info().allow_exit().refuse_new_processes().refuse_sockets()
      .kill_on_escape_attempts();
  return p;
}

TEST(Seccomp, RefusesForkSocketsAndSignalsToOthers) {
  if (!seccomp_available()) GTEST_SKIP() << "no seccomp";
  const pid_t parent = ::getpid();
  const int status = in_child([parent] {
    if (child_policy().install()) return 10;
    if (::fork() != -1 || errno != EPERM) return 11;
    if (::socket(AF_INET, SOCK_STREAM, 0) != -1 || errno != EPERM) return 12;
    if (::kill(parent, 0) != -1 || errno != EPERM) return 13;
    if (::kill(::getpid(), 0) != 0) return 14;  // itself: allowed
    char* argv[] = {const_cast<char*>("/bin/true"), nullptr};
    ::execv("/bin/true", argv);
    if (errno != EPERM) return 15;
    return 0;
  });
  ASSERT_TRUE(WIFEXITED(status)) << "signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Seccomp, EscapeAttemptIsAViolation) {
  if (!seccomp_available()) GTEST_SKIP() << "no seccomp";
  const int status = in_child([] {
    if (child_policy().install()) return 10;
    ::unshare(0);  // any unshare: killed
    return 0;
  });
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGSYS);
  EXPECT_EQ(classify(EndFacts{ChildExit::from_wait_status(status)}), Outcome::kViolation);
}

TEST(Landlock, ReadsOnlyWhatIsListedAndWritesOnlyScratch) {
  if (landlock_abi() < 1) GTEST_SKIP() << "no Landlock";
  const fs::path root = fs::temp_directory_path() / ("llmos-landlock-" + std::to_string(::getpid()));
  fs::create_directories(root / "allowed");
  fs::create_directories(root / "scratch");
  std::ofstream(root / "allowed" / "a.txt") << "a";
  std::ofstream(root / "secret.txt") << "s";
  const int status = in_child([&root] {
    LandlockRules rules;
    rules.read_only = {(root / "allowed").string()};
    rules.read_write = {(root / "scratch").string()};
    LandlockReport rep;
    if (landlock_restrict_self(rules, rep)) return 10;
    if (::open((root / "allowed" / "a.txt").c_str(), O_RDONLY) < 0) return 11;
    if (::open((root / "secret.txt").c_str(), O_RDONLY) >= 0) return 12;
    if (::open((root / "allowed" / "new.txt").c_str(), O_WRONLY | O_CREAT, 0600) >= 0) return 13;
    if (::open((root / "scratch" / "new.txt").c_str(), O_WRONLY | O_CREAT, 0600) < 0) return 14;
    if (::open("/etc/passwd", O_RDONLY) >= 0) return 15;
    return 0;
  });
  std::error_code ec;
  fs::remove_all(root, ec);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Rlimits, AddressSpaceLimitRefusesLargeAllocations) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "ASan's allocator aborts instead of returning null when the address space runs out";
#endif
  const int status = in_child([] {
    Rlimits l;
    l.address_space_bytes = current_address_space() + (std::uint64_t{64} << 20);
    if (apply_rlimits(l)) return 10;
    void* p = std::malloc(std::size_t{256} << 20);
    return p == nullptr ? 0 : 11;
  });
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Sandbox, FullSandboxOnThisMachineOrSaysWhy) {
  const HostSandboxSupport support = probe_host_sandbox();
  if (!support.complete()) GTEST_SKIP() << "this machine offers " << support.describe();
  int pipefd[2];
  ASSERT_EQ(::pipe(pipefd), 0);
  const int status = in_child([&pipefd] {
    SandboxSpec spec;
    spec.files.read_only = {"/usr"};
    spec.policy = child_policy();
    SandboxReport rep;
    const bool ok = enter_sandbox(spec, rep);
    const std::string text = rep.level() + ": " + rep.describe();
    if (::write(pipefd[1], text.data(), text.size()) < 0) return 9;
    return ok ? 0 : 10;
  });
  ::close(pipefd[1]);
  char buf[512] = {};
  const ssize_t n = ::read(pipefd[0], buf, sizeof buf - 1);
  ::close(pipefd[0]);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  EXPECT_EQ(std::string(buf).rfind("full: user,pid,net,mount,ipc namespaces", 0), 0u) << buf;
}

TEST(Process, SpawnedWorkerIsKilledAndReaped) {
  std::string err;
  WorkerProcess w = WorkerProcess::spawn("/bin/sleep", {"30"}, {}, false, err);
  ASSERT_TRUE(err.empty()) << err;
  const pid_t pid = w.pid();
  ASSERT_GT(pid, 0);
  EXPECT_EQ(::kill(pid, 0), 0);
  w.terminate();
  EXPECT_FALSE(w.running());
  EXPECT_EQ(::kill(pid, 0), -1);  // reaped: gone
}

}  // namespace
