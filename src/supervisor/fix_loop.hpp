#pragma once
// The auto-retry loop (the seed's executeWithRetry): run; while the run fails and executions are
// left, ask the model for a corrected artifact and run that. At most `max_attempts` executions
// in all, so at most max_attempts - 1 model calls. A model that cannot be reached or answers
// nonsense ends the loop with the last failure and a note saying why.
#include <functional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "executor/executor.hpp"
#include "supervisor/chat_client.hpp"
#include "supervisor/error_context.hpp"

namespace llmos::supervisor {

inline constexpr int kDefaultMaxAttempts = 3;
inline constexpr int kMaxMaxAttempts = 10;

// Asks for a corrected artifact: the model's whole reply, or why there is none.
using Refiner = std::function<Result<std::string>(const ErrorContext&)>;
// Called before each model call with the number of the execution it prepares and the maximum.
using Progress = std::function<void(int attempt, int max_attempts)>;

// A Refiner that sends build_fix_messages(context) to the chat endpoint of `config`.
Refiner chat_refiner(ChatConfig config);

struct Attempt {
  std::string code;
  RunResult result;
};

enum class FixStatus {
  kNotNeeded,   // the first execution succeeded
  kRepaired,    // a corrected artifact succeeded
  kGaveUp,      // every execution failed
  kModelError,  // the model could not be asked, or gave no usable code
  kNotFixable,  // the failure is llmos's own (kind "internal"), not the artifact's
};
std::string_view to_string(FixStatus status);  // "not-needed", "repaired", ...

struct FixOutcome {
  executor::Execution final;     // the last execution's, whose exit code the command returns
  std::vector<Attempt> attempts;  // one per execution, in order
  FixStatus status = FixStatus::kNotNeeded;
  std::string message;           // for people: what happened
  int model_calls = 0;
  int max_attempts = kDefaultMaxAttempts;
};

FixOutcome execute_with_fix(const std::string& code, executor::Language language,
                            const executor::ExecOptions& options, int max_attempts,
                            const Refiner& refine, const Progress& progress = {});

}  // namespace llmos::supervisor
