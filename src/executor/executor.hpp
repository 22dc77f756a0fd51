#pragma once
// The unified executor: one place where an artifact's sandbox is prepared, its limits applied
// and its result assembled.
#include <chrono>
#include <functional>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "common/run_result.hpp"
#include "engine/output_capture.hpp"

namespace llmos::executor {

enum class Language { kJavaScript, kPython };

struct ExecOptions {
  std::string artifact_id = "default";
  std::string data_dir;  // persistent state (LLMOS.storage); created when first needed
  Limits limits;
  std::string filename = "artifact.js";  // shown in stack traces
  bool render_output = false;             // also render the completion value as Node would
  engine::OutputCapture::Listener listener;  // sees console output as it happens
  // Called from another thread when the execution is still running `stuck_grace` after its
  // time limit (stuck in a native loop of the engine): see watchdog.hpp. Unset: no watchdog.
  std::function<void()> on_stuck;
  std::chrono::milliseconds stuck_grace{1000};
};

struct Execution {
  RunResult result;
  std::string output_text;  // when render_output
  bool output_is_undefined = true;
};

Execution execute_javascript(std::string_view code, const ExecOptions& options);
Execution execute_artifact(std::string_view code, Language language, const ExecOptions& options);

// `--lang auto`: by file extension (.js .mjs .cjs → JavaScript, .py → Python), else by content.
Language detect_language(std::string_view filename, std::string_view code);

}  // namespace llmos::executor
