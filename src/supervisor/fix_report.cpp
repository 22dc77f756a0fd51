#include "supervisor/fix_report.hpp"

#include <nlohmann/json.hpp>

namespace llmos::supervisor {

std::string fix_result_json(const FixOutcome& outcome) {
  using nlohmann::ordered_json;
  ordered_json attempts = ordered_json::array();
  int n = 0;
  for (const Attempt& a : outcome.attempts) {
    // The error object exactly as the result writes it.
    const ordered_json full = ordered_json::parse(a.result.to_json());
    attempts.push_back({{"attempt", ++n},
                        {"code", a.code},
                        {"success", a.result.success},
                        {"error", full.contains("error") ? full["error"] : ordered_json()}});
  }
  const ordered_json fix = {{"status", std::string(to_string(outcome.status))},
                            {"message", outcome.message},
                            {"attempts", outcome.attempts.size()},
                            {"maxAttempts", outcome.max_attempts},
                            {"modelCalls", outcome.model_calls}};
  constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
  std::string json = outcome.final.result.to_json();
  if (json.empty() || json.back() != '}') return json;
  json.pop_back();
  json += ",\"attempts\":" + attempts.dump(-1, ' ', false, kReplace) +
          ",\"fix\":" + fix.dump(-1, ' ', false, kReplace) + "}";
  return json;
}

}  // namespace llmos::supervisor
