#pragma once
// Between the public types (include/llmos) and the executor's: the JSON of both is written once,
// by the executor's types.
#include "common/run_result.hpp"
#include "executor/kernel_status.hpp"
#include "llmos/kernel.hpp"
#include "llmos/result.hpp"

namespace llmos::api {

ExecutionResult to_public(RunResult r);
RunResult to_internal(const ExecutionResult& r);
KernelStatus to_public(const executor::KernelStatus& s);
executor::KernelStatus to_internal(const KernelStatus& s);

}  // namespace llmos::api
