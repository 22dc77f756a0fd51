#pragma once
// Turns a thrown JavaScript value into the contract's error object: name, `Name: text`
// message, stack, line/column in the artifact's own source, and the error kind.
#include <quickjs.h>

#include <optional>
#include <string_view>

#include "common/limits.hpp"
#include "common/run_result.hpp"
#include "engine/completion_rewrite.hpp"
#include "engine/context.hpp"

namespace llmos::engine {

struct ErrorSource {
  std::string_view filename;                  // the artifact's file name in stack traces
  std::string_view text;                      // the artifact's own source
  const CompletionRewrite* rewrite = nullptr;  // when the evaluated source was rewritten
  bool during_compile = false;                 // thrown by the parser
};

ErrorInfo describe_exception(Context& ctx, JSValueConst exception, const ErrorSource& source,
                             const Limits& limits);

// Finds the first `file:line:column` frame of `filename` in a QuickJS stack trace.
bool find_frame(std::string_view stack, std::string_view filename, int& line, int& column);

}  // namespace llmos::engine
