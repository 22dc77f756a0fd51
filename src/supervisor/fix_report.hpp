#pragma once
// The result JSON of a supervised run: the final execution's object (CONTRACT §2) with
//   "attempts": [{"attempt": 1, "code": "...", "success": false, "error": {...} | null}, ...]
//   "fix": {"status": "repaired"|"not-needed"|"gave-up"|"model-error"|"not-fixable",
//           "message": "...", "attempts": n, "maxAttempts": N, "modelCalls": k}
#include <string>

#include "supervisor/fix_loop.hpp"

namespace llmos::supervisor {

std::string fix_result_json(const FixOutcome& outcome);

}  // namespace llmos::supervisor
