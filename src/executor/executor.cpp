#include "executor/executor.hpp"

#include <optional>
#include <regex>

#include "common/utf8.hpp"
#include "engine/eval.hpp"
#include "engine/sandbox.hpp"
#include "executor/watchdog.hpp"
#include "kernel/llmos_api.hpp"
#include "kernel/stdlib.hpp"

namespace llmos::executor {
namespace {

Execution failure(std::string name, std::string text, ErrorKind kind) {
  Execution out;
  out.result.success = false;
  ErrorInfo e;
  e.name = std::move(name);
  e.message = e.name + ": " + std::move(text);
  e.stack = e.message;
  e.kind = kind;
  out.result.error = std::move(e);
  return out;
}

// What the engine cannot be handed: QuickJS reads source up to a NUL byte, and its parser is
// not made for bytes that are not UTF-8.
std::optional<Execution> check_source(std::string_view code) {
  if (const auto nul = code.find('\0'); nul != std::string_view::npos)
    return failure("SyntaxError", "the source contains a NUL byte (at byte " + std::to_string(nul) + ")",
                   ErrorKind::kSyntax);
  if (const auto bad = utf8::first_invalid(code))
    return failure("SyntaxError", "the source is not valid UTF-8 (at byte " + std::to_string(*bad) + ")",
                   ErrorKind::kSyntax);
  return std::nullopt;
}

Execution run_javascript(std::string_view code, const ExecOptions& options,
                         const std::shared_ptr<const kernel::Stdlib>& stdlib) {
  // Declared before the sandbox, so the bytecode outlives the runtime that reads it in place.
  const std::shared_ptr<const kernel::Stdlib> lib = stdlib;
  engine::Sandbox sandbox;
  engine::Context& ctx = sandbox.context();
  kernel::install_api(ctx);
  kernel::configure(ctx, {options.artifact_id, options.data_dir});
  if (auto err = kernel::install_stdlib(ctx, *lib))
    return failure("Error", "the kernel's stdlib does not load: " + *err, ErrorKind::kInternal);
  if (options.host) {
    if (auto err = install_host_bindings(ctx, options.host, options.limits))
      return failure("Error", *err, ErrorKind::kInternal);
  }
  if (options.listener) ctx.output().set_listener(options.listener);

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
  engine::Evaluation ev = engine::evaluate(ctx, code, eval_options);
  watchdog.reset();
  return Execution{std::move(ev.result), std::move(ev.output_text), ev.output_is_undefined};
}

Execution run_python(std::string_view, const ExecOptions&) {
  return failure("Error",
                 "Python artifacts are not available in this build of llmos yet: they arrive with the "
                 "Python issue (CONTRACT §5); JavaScript artifacts run",
                 ErrorKind::kInternal);
}

}  // namespace

std::string_view to_string(Language language) {
  return language == Language::kPython ? "python" : "javascript";
}

std::optional<std::string> check_options(const ExecOptions& options) {
  const Limits& l = options.limits;
  if (l.timeout_ms < 1 || l.timeout_ms > kMaxTimeoutMs)
    return "the time limit must be from 1 to " + std::to_string(kMaxTimeoutMs) + " ms (got " +
           std::to_string(l.timeout_ms) + ")";
  if (l.memory_bytes < kMinMemoryBytes || l.memory_bytes > kMaxMemoryBytes)
    return "the memory limit must be from 1 to " + std::to_string(kMaxMemoryBytes >> 20) + " MB (got " +
           std::to_string(l.memory_bytes) + " bytes)";
  if (l.stack_bytes < (std::size_t{64} << 10) || l.stack_bytes > (std::size_t{256} << 20))
    return "the stack limit must be from 64 KB to 256 MB";
  if (options.artifact_id.empty()) return "the artifact id must not be empty";
  if (!utf8::is_valid(options.artifact_id)) return "the artifact id must be UTF-8 text";
  return std::nullopt;
}

Execution execute_artifact(std::string_view code, Language language, const ExecOptions& options) {
  const std::shared_ptr<const Kernel> kernel = process_kernel();
  const ExecOptions* opt = &options;
  std::optional<ExecOptions> filled;
  if (kernel && options.data_dir.empty()) {
    filled.emplace(options);
    filled->data_dir = kernel->data_dir();
    opt = &*filled;
  }
  std::shared_ptr<const kernel::Stdlib> stdlib = options.stdlib;
  if (!stdlib && kernel) stdlib = kernel->stdlib();
  if (!stdlib) stdlib = kernel::embedded_stdlib();

  Execution out;
  if (auto bad = check_options(*opt)) {
    out = failure("RangeError", *bad, ErrorKind::kInternal);
  } else if (auto bad_source = check_source(code)) {
    out = std::move(*bad_source);
  } else if (language == Language::kJavaScript) {
    out = run_javascript(code, *opt, stdlib);
  } else {
    out = run_python(code, *opt);
  }
  // The one place a result is stamped with who ran it.
  out.result.artifact_id = options.artifact_id;
  out.result.language = std::string(to_string(language));
  return out;
}

Execution execute_artifact(std::string_view code, Language language, std::string_view artifact_id,
                           ExecOptions options) {
  options.artifact_id = std::string(artifact_id);
  return execute_artifact(code, language, options);
}

Execution execute_javascript(std::string_view code, const ExecOptions& options) {
  return execute_artifact(code, Language::kJavaScript, options);
}

Execution execute_python_code(std::string_view code, const ExecOptions& options) {
  return execute_artifact(code, Language::kPython, options);
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
