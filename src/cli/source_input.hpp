#pragma once
// Reads an artifact's source from a file or standard input, refusing what cannot be run as
// text (unreadable, not UTF-8, NUL bytes) with a one-line reason.
#include <string>

#include "common/result.hpp"

namespace llmos::cli {

// `path` "-" reads standard input.
Result<std::string> read_source(const std::string& path);

}  // namespace llmos::cli
