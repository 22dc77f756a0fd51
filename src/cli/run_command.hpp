#pragma once
#include <string>

#include "common/limits.hpp"
#include "common/result.hpp"
#include "executor/executor.hpp"

namespace llmos::cli {

struct RunArgs {
  std::string file = "-";
  std::string lang = "auto";
  std::string artifact_id = "default";
  long long timeout_ms = Limits::kDefaultTimeoutMs;
  long long memory_limit_mb = Limits::kDefaultMemoryMb;
  bool json = false;
  std::string data_dir;
  // JavaScript in this process ("none": the fastest start) or in a sandboxed worker ("process").
  std::string isolation = "none";
  // `--fix` (README "Repairing failing artifacts"): run by llmos-fix, see fix_command.hpp.
  bool fix = false;
  int max_attempts = 3;
  std::string llm_url;    // default $LLMOS_LLM_URL
  std::string llm_model;  // default $LLMOS_LLM_MODEL
};

// `llmos run`: returns the process exit code (CONTRACT §1).
int run_command(const RunArgs& args);

// The pieces `llmos run` and `llmos-fix` share.
struct PreparedRun {
  std::string code;
  executor::Language language = executor::Language::kJavaScript;
  executor::ExecOptions options;
};
// Reads the artifact and sets up its options; an Error is a usage error (exit 2).
Result<PreparedRun> prepare_run(const RunArgs& args);
// Without --json: the completion value on stdout, or the error report on stderr.
void print_human_result(const executor::Execution& ex, const std::string& code, const std::string& filename);
// CONTRACT §1: 0 success, 1 the artifact failed, 3 internal error.
int exit_code_of(const RunResult& result);

}  // namespace llmos::cli
