#pragma once
// The result of one execution (CONTRACT §2), as the embedding program sees it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llmos {

struct ExecutionError {
  // Why the execution failed: the closed set of CONTRACT §2.
  enum class Kind { kSyntax, kRuntime, kTimeout, kMemory, kStack, kLimit, kInternal };

  std::string name;     // "ReferenceError"
  std::string message;  // "ReferenceError: y is not defined"
  std::string stack;
  std::optional<int> line;    // 1-based, in the artifact's own source
  std::optional<int> column;  // 1-based
  Kind kind = Kind::kRuntime;

  // "syntax", "runtime", ... as in the JSON result.
  std::string_view kind_name() const;
};

struct ExecutionResult {
  struct Image {
    std::string id;
    std::string mime;  // "image/png" | "image/svg+xml"
    int width = 0;
    int height = 0;
    std::string data;  // raw bytes (base64 only in to_json())
  };

  bool success = false;
  std::string output_json = "null";  // the completion value as JSON text (undefined → null)
  std::optional<ExecutionError> error;
  std::vector<std::string> logs;          // console.log/info/debug, LLMOS.log.info
  std::vector<std::string> stderr_lines;  // console.warn/error, LLMOS.log.warn/error
  double execution_time_ms = 0;
  std::uint64_t memory_used = 0;  // bytes held by the artifact's heap at the end
  std::string artifact_id = "default";
  std::string language = "javascript";  // or "python"
  std::optional<std::string> dom;       // sanitized HTML of #artifact-{id}
  std::vector<Image> images;
  // Which capped fields were cut short.
  bool output_truncated = false;
  bool logs_truncated = false;
  bool stderr_truncated = false;

  // The contract's JSON object on one line, exactly as `llmos run --json` prints it.
  std::string to_json() const;
};

}  // namespace llmos
