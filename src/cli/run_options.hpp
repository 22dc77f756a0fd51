#pragma once
// The flags of `llmos run`, defined once for the `llmos` command and for `llmos-fix` (which
// `llmos run --fix` execs: fix_command.hpp says why).
#include <CLI/CLI.hpp>

#include <charconv>
#include <string>
#include <system_error>

#include "cli/run_command.hpp"

namespace llmos::cli {

// CLI::Range reads "abc" as out of range ("Value abc not in range 1 to 600000"): this names
// what was given and what is wanted.
inline CLI::Validator whole_number_in(long long lo, long long hi) {
  return CLI::Validator(
      [lo, hi](std::string& v) {
        const std::string wanted = "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
        long long n = 0;
        const char* end = v.data() + v.size();
        const auto [at, ec] = std::from_chars(v.data(), end, n);
        if (v.empty() || ec == std::errc::invalid_argument || at != end) return wanted + ", not '" + v + "'";
        if (ec == std::errc::result_out_of_range || n < lo || n > hi) return wanted + " (got " + v + ")";
        return std::string();
      },
      "INT in [" + std::to_string(lo) + " - " + std::to_string(hi) + "]");
}

inline void add_run_options(CLI::App& run, RunArgs& args) {
  run.add_option("file", args.file, "The artifact to run; - reads standard input")->capture_default_str();
  run.add_option("--lang", args.lang, "js, python or auto (by extension, else by content)")
      ->check(CLI::IsMember({"js", "javascript", "python", "py", "auto"}))
      ->capture_default_str();
  run.add_option("--artifact-id", args.artifact_id, "Artifact id (storage namespace, DOM container)")
      ->check([](const std::string& v) {
        return v.empty() ? std::string("the artifact id must not be empty") : std::string();
      })
      ->capture_default_str();
  run.add_option("--timeout-ms", args.timeout_ms, "Time limit in milliseconds")
      ->check(whole_number_in(1, 600000))
      ->capture_default_str();
  run.add_option("--memory-limit-mb", args.memory_limit_mb, "Memory limit in megabytes")
      ->check(whole_number_in(1, 16384))
      ->capture_default_str();
  run.add_option("--isolation", args.isolation,
                 "JavaScript in this process (none) or in a sandboxed worker process that reaches nothing but "
                 "llmos (process)")
      ->check(CLI::IsMember({"none", "process"}))
      ->capture_default_str();
  run.add_flag("--json", args.json, "Print exactly one JSON result object on stdout");
  run.add_option("--data-dir", args.data_dir,
                 "Data directory (default: $LLMOS_DATA_DIR, $XDG_DATA_HOME/llmos or ~/.local/share/llmos)");
  run.add_flag("--fix", args.fix,
               "On failure, ask an OpenAI-compatible model for a corrected artifact and run it again");
  run.add_option("--max-attempts", args.max_attempts, "With --fix: executions in all, the first included")
      ->check(whole_number_in(1, 10))
      ->capture_default_str();
  run.add_option("--llm-url", args.llm_url,
                 "With --fix: the model's base URL, /chat/completions is appended (default: $LLMOS_LLM_URL)");
  run.add_option("--llm-model", args.llm_model, "With --fix: the model's name (default: $LLMOS_LLM_MODEL)");
}

}  // namespace llmos::cli
