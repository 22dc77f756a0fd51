#pragma once
// The executor's internal entry to the JavaScript worker processes (Isolation::kProcess).
#include <string_view>

#include "executor/executor.hpp"

namespace llmos::executor {

// Runs `code` (options checked, source valid) in a worker process; never throws.
Execution run_javascript_in_worker(std::string_view code, const ExecOptions& options);

}  // namespace llmos::executor
