#include "executor/executor.hpp"

#include <optional>
#include <regex>

#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "executor/watchdog.hpp"
#include "kernel/llmos_api.hpp"

namespace llmos::executor {

Execution execute_javascript(std::string_view code, const ExecOptions& options) {
  engine::Sandbox sandbox;
  kernel::install_api(sandbox.context());
  kernel::configure(sandbox.context(), {options.artifact_id, options.data_dir});
  if (options.listener) sandbox.context().output().set_listener(options.listener);

  engine::EvalOptions eval_options;
  eval_options.filename = options.filename;
  eval_options.limits = options.limits;
  eval_options.render_output = options.render_output;
  std::optional<Watchdog> watchdog;
  if (options.on_stuck) {
    watchdog.emplace(std::chrono::steady_clock::now() +
                         std::chrono::milliseconds(options.limits.timeout_ms) + options.stuck_grace,
                     options.on_stuck);
  }
  engine::Evaluation ev = engine::evaluate(sandbox.context(), code, eval_options);
  watchdog.reset();

  Execution out{std::move(ev.result), std::move(ev.output_text), ev.output_is_undefined};
  out.result.artifact_id = options.artifact_id;
  out.result.language = "javascript";
  return out;
}

Execution execute_artifact(std::string_view code, Language language, const ExecOptions& options) {
  if (language == Language::kJavaScript) return execute_javascript(code, options);
  Execution out;
  out.result.success = false;
  out.result.language = "python";
  out.result.artifact_id = options.artifact_id;
  ErrorInfo e;
  e.name = "Error";
  e.message = "Error: Python artifacts are not available in this build of llmos yet";
  e.stack = e.message;
  e.kind = ErrorKind::kInternal;
  out.result.error = std::move(e);
  return out;
}

Language detect_language(std::string_view filename, std::string_view code) {
  const auto ends_with = [&](std::string_view suffix) {
    return filename.size() >= suffix.size() &&
           filename.substr(filename.size() - suffix.size()) == suffix;
  };
  if (ends_with(".py")) return Language::kPython;
  if (ends_with(".js") || ends_with(".mjs") || ends_with(".cjs")) return Language::kJavaScript;

  // By content: count lines that only one of the two languages would write.
  static const std::regex kPython(
      R"(^\s*(def \w+\(.*\)\s*(->.*)?:|import \w+(\.\w+)*( as \w+)?\s*$|from [\w.]+ import |class \w+(\(.*\))?:|elif |print\(|if .*:\s*$|for \w+(, *\w+)* in .*:\s*$|while .*:\s*$|#))",
      std::regex::optimize);
  static const std::regex kJs(
      R"((^\s*(const|let|var|function|async function|class \w+( extends \w+)?\s*\{|import .* from ['"]|export |//|/\*))|;\s*$|=>|\{\s*$|^\s*\}|console\.|LLMOS\.|===)",
      std::regex::optimize);
  int py = 0, js = 0;
  std::size_t pos = 0;
  int lines = 0;
  while (pos <= code.size() && lines < 200) {
    std::size_t eol = code.find('\n', pos);
    if (eol == std::string_view::npos) eol = code.size();
    const std::string line(code.substr(pos, eol - pos));
    pos = eol + 1;
    ++lines;
    if (std::regex_search(line, kPython)) ++py;
    if (std::regex_search(line, kJs)) ++js;
  }
  return py > js ? Language::kPython : Language::kJavaScript;
}

}  // namespace llmos::executor
