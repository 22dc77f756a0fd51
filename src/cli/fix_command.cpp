#include "cli/fix_command.hpp"

#include <cstdio>
#include <cstdlib>

#include "supervisor/chat_client.hpp"
#include "supervisor/fix_loop.hpp"
#include "supervisor/fix_report.hpp"

namespace llmos::cli {
namespace {

std::string env_or(const std::string& value, const char* name) {
  if (!value.empty()) return value;
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

int fix_command(const RunArgs& args) {
  supervisor::ChatConfig chat;
  chat.base_url = env_or(args.llm_url, "LLMOS_LLM_URL");
  chat.model = env_or(args.llm_model, "LLMOS_LLM_MODEL");
  chat.api_key = supervisor::api_key_from_env();
  if (chat.base_url.empty()) {
    std::fprintf(stderr, "llmos: --fix needs the model's URL: give --llm-url URL or set LLMOS_LLM_URL "
                         "(an OpenAI-compatible base URL such as http://127.0.0.1:8000/v1)\n");
    return 2;
  }
  if (const std::string problem = supervisor::check_base_url(chat.base_url); !problem.empty()) {
    std::fprintf(stderr, "llmos: %s\n", problem.c_str());
    return 2;
  }

  auto prepared = prepare_run(args);
  if (!prepared) {
    std::fprintf(stderr, "llmos: %s\n", prepared.error().message.c_str());
    return 2;
  }
  const PreparedRun& run = prepared.value();

  const bool human = !args.json;
  supervisor::Progress progress;
  if (human) {
    progress = [](int attempt, int max_attempts) {
      std::fprintf(stderr, "Attempt %d/%d \u2014 asking the model to fix\u2026\n", attempt, max_attempts);
      std::fflush(stderr);
    };
  }
  const supervisor::FixOutcome out = supervisor::execute_with_fix(
      run.code, run.language, run.options, args.max_attempts, supervisor::chat_refiner(chat), progress);

  if (args.json) {
    const std::string json = supervisor::fix_result_json(out);
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
  } else {
    print_human_result(out.final, out.attempts.back().code, run.options.filename);
    if (out.status != supervisor::FixStatus::kNotNeeded)
      std::fprintf(stderr, "llmos: fix: %s\n", out.message.c_str());
    if (out.status == supervisor::FixStatus::kRepaired) {
      // The corrected artifact, for the user to keep.
      std::fprintf(stderr, "--- the corrected artifact ---\n%s\n---\n", out.attempts.back().code.c_str());
    }
  }
  std::fflush(nullptr);
  return exit_code_of(out.final.result);
}

}  // namespace llmos::cli
