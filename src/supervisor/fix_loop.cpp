#include "supervisor/fix_loop.hpp"

#include <algorithm>

#include "supervisor/code_block.hpp"

namespace llmos::supervisor {

std::string_view to_string(FixStatus status) {
  switch (status) {
    case FixStatus::kNotNeeded: return "not-needed";
    case FixStatus::kRepaired: return "repaired";
    case FixStatus::kGaveUp: return "gave-up";
    case FixStatus::kModelError: return "model-error";
    case FixStatus::kNotFixable: return "not-fixable";
  }
  return "model-error";
}

Refiner chat_refiner(ChatConfig config) {
  return [config = std::move(config)](const ErrorContext& context) {
    return complete_chat(config, build_fix_messages(context));
  };
}

FixOutcome execute_with_fix(const std::string& code, executor::Language language,
                            const executor::ExecOptions& options, int max_attempts,
                            const Refiner& refine, const Progress& progress) {
  FixOutcome out;
  out.max_attempts = std::clamp(max_attempts, 1, kMaxMaxAttempts);
  std::string current = code;
  std::vector<PreviousAttempt> previous;
  for (int n = 1;; ++n) {
    out.final = executor::execute_artifact(current, language, options);
    out.attempts.push_back({current, out.final.result});
    const RunResult& r = out.final.result;
    if (r.success) {
      out.status = n == 1 ? FixStatus::kNotNeeded : FixStatus::kRepaired;
      out.message = n == 1 ? "the artifact ran without error; the model was not asked"
                           : "repaired by the model on attempt " + std::to_string(n) + " of " +
                                 std::to_string(out.max_attempts);
      return out;
    }
    if (options.stop.stop_requested()) {
      out.status = FixStatus::kGaveUp;
      out.message = "cancelled: nobody waits for the result any more; the model was not asked";
      return out;
    }
    if (r.error && r.error->kind == ErrorKind::kInternal) {
      out.status = FixStatus::kNotFixable;
      out.message = "an internal error of llmos is not the artifact's fault; the model was not asked";
      return out;
    }
    if (n >= out.max_attempts) {
      out.status = FixStatus::kGaveUp;
      out.message = "gave up: all " + std::to_string(out.max_attempts) + " attempts failed";
      return out;
    }

    const ErrorContext context = capture_error_context(current, language, r, n, out.max_attempts, previous);
    if (progress) progress(n + 1, out.max_attempts);
    ++out.model_calls;
    Result<std::string> reply = refine ? refine(context) : Result<std::string>(Error{"no model is configured"});
    if (!reply) {
      out.status = FixStatus::kModelError;
      out.message = reply.error().message;
      return out;
    }
    std::string fixed = extract_code(reply.value());
    if (fixed.find_first_not_of(" \t\r\n") == std::string::npos) {
      out.status = FixStatus::kModelError;
      out.message = "the model's reply contains no code";
      return out;
    }
    const auto trimmed = [](const std::string& c) { return c.substr(0, c.find_last_not_of(" \t\r\n") + 1); };
    if (trimmed(fixed) == trimmed(current)) {
      out.status = FixStatus::kModelError;
      out.message = "the model answered with the same code that failed";
      return out;
    }
    previous.push_back({current, r.error ? r.error->message : std::string("failed")});
    current = std::move(fixed);
  }
}

}  // namespace llmos::supervisor
