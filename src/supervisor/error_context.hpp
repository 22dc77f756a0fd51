#pragma once
// What the model is told about a failed execution (the seed's ErrorContext): the code, the error
// with its line, column and stack, the run's last output, the attempt number and the earlier
// attempts; and the chat messages made from it.
#include <string>
#include <vector>

#include "common/run_result.hpp"
#include "executor/executor.hpp"
#include "supervisor/chat_client.hpp"

namespace llmos::supervisor {

struct PreviousAttempt {
  std::string code;
  std::string error;  // the error's message
};

struct ErrorContext {
  std::string code;
  executor::Language language = executor::Language::kJavaScript;
  ErrorInfo error;
  // The runtime state: the failed run's last console output and its completion value.
  std::vector<std::string> last_logs;
  std::vector<std::string> last_stderr;
  int attempt_number = 1;  // the execution that failed, 1-based
  int max_attempts = 3;
  std::vector<PreviousAttempt> previous_attempts;  // the failed executions before this one
};

// The context of `result`, the failure of `code`; keeps the last few lines of output only.
ErrorContext capture_error_context(const std::string& code, executor::Language language,
                                   const RunResult& result, int attempt_number, int max_attempts,
                                   std::vector<PreviousAttempt> previous);

// The system and user messages that ask for a corrected artifact in one fenced code block.
std::vector<ChatMessage> build_fix_messages(const ErrorContext& context);

}  // namespace llmos::supervisor
