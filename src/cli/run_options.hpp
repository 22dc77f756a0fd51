#pragma once
// The flags of `llmos run`, defined once for the `llmos` command and for `llmos-fix` (which
// `llmos run --fix` execs: fix_command.hpp says why).
#include <CLI/CLI.hpp>

#include <string>

#include "cli/option_checks.hpp"
#include "cli/run_command.hpp"

namespace llmos::cli {

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
  add_data_dir_option(run, args.data_dir);
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
