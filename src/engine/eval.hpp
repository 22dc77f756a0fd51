#pragma once
// Runs one artifact's source in a context and returns the contract's result: strict mode,
// top-level await with the completion value, promise jobs and timers driven to the end, all
// under the time, memory and stack limits.
#include <stop_token>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "common/run_result.hpp"
#include "engine/context.hpp"

namespace llmos::engine {

struct EvalOptions {
  std::string filename = "artifact.js";  // the artifact's name in stack traces
  Limits limits;
  bool render_output = false;  // also render the completion value for people (Node's inspect)
  // Stops the run early from any thread, as its time limit would (TimeoutError "execution was
  // cancelled"): a server whose client went away. Default: never.
  std::stop_token stop;
};

struct Evaluation {
  RunResult result;
  std::string output_text;  // when render_output: the completion value as Node would print it
  bool output_is_undefined = true;
};

Evaluation evaluate(Context& ctx, std::string_view source, const EvalOptions& options);

}  // namespace llmos::engine
