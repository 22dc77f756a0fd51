#pragma once
// The human form of a failed run: the error, where it happened, and a short code frame.
#include <string>
#include <string_view>

#include "common/run_result.hpp"

namespace llmos::cli {

std::string format_error_report(const ErrorInfo& error, std::string_view source,
                                std::string_view filename);

}  // namespace llmos::cli
