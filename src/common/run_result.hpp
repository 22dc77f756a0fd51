#pragma once
// The result of one execution (CONTRACT §2), shared by every layer that runs artifacts.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <utility>

namespace llmos {

// Why an execution failed. The closed set of CONTRACT §2.
enum class ErrorKind { kSyntax, kRuntime, kTimeout, kMemory, kStack, kLimit, kInternal };

std::string_view to_string(ErrorKind kind);

struct ErrorInfo {
  std::string name;     // "ReferenceError"
  std::string message;  // "ReferenceError: y is not defined"
  std::string stack;
  std::optional<int> line;    // 1-based, in the artifact's own source
  std::optional<int> column;  // 1-based
  ErrorKind kind = ErrorKind::kRuntime;

  // An error the kernel reports itself (no artifact stack): message "<name>: <text>", and the
  // stack is that message, as an engine error without frames would show it.
  static ErrorInfo make(std::string name, std::string_view text, ErrorKind kind) {
    ErrorInfo e;
    e.name = std::move(name);
    e.message = e.name + ": ";
    e.message += text;
    e.stack = e.message;
    e.kind = kind;
    return e;
  }
  // The two ends of a run stopped from outside, worded alike wherever it ran (the engine, a
  // worker process, Python).
  static ErrorInfo timeout(std::int64_t limit_ms) {
    return make("TimeoutError", "execution exceeded the time limit of " + std::to_string(limit_ms) + " ms",
                ErrorKind::kTimeout);
  }
  static ErrorInfo cancelled() { return make("TimeoutError", "execution was cancelled", ErrorKind::kTimeout); }
};

struct Image {
  std::string id;
  std::string mime;  // "image/png" | "image/svg+xml"
  int width = 0;
  int height = 0;
  std::string data;  // raw bytes; base64-encoded when written as JSON
};

struct RunResult {
  bool success = false;
  std::string output_json = "null";  // the completion value, already JSON text
  std::optional<ErrorInfo> error;
  std::vector<std::string> logs;
  std::vector<std::string> stderr_lines;
  double execution_time_ms = 0;
  std::uint64_t memory_used = 0;
  std::string artifact_id = "default";
  std::string language = "javascript";
  std::optional<std::string> dom;
  std::vector<Image> images;
  // Which capped fields were cut short (CONTRACT §2: "marked as truncated, never a crash").
  bool output_truncated = false;
  bool logs_truncated = false;
  bool stderr_truncated = false;
  bool error_truncated = false;  // the error's message or stack (a thrown 30 MB string)

  // Cuts the error's message and stack to `max_bytes` each (whole UTF-8 characters), marked.
  void cap_error(std::size_t max_bytes);

  // The contract's JSON object, on one line.
  std::string to_json() const;
};

std::string base64_encode(std::string_view bytes);
// Decodes standard, padded base64; nullopt when malformed.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace llmos
