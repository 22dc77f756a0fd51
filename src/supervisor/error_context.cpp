#include "supervisor/error_context.hpp"

#include <algorithm>
#include <sstream>

namespace llmos::supervisor {
namespace {

constexpr std::size_t kTailLines = 20;
constexpr std::size_t kMaxLineBytes = 500;
constexpr std::size_t kMaxStackBytes = 2000;

std::vector<std::string> tail(const std::vector<std::string>& lines) {
  const std::size_t from = lines.size() > kTailLines ? lines.size() - kTailLines : 0;
  std::vector<std::string> out;
  for (std::size_t i = from; i < lines.size(); ++i)
    out.push_back(lines[i].size() > kMaxLineBytes ? lines[i].substr(0, kMaxLineBytes) + "…" : lines[i]);
  return out;
}

std::string fence_tag(executor::Language language) {
  return language == executor::Language::kPython ? "python" : "javascript";
}

// The source line the error points at, if any.
std::string source_line(const std::string& code, int line) {
  std::istringstream in(code);
  std::string text;
  for (int n = 1; std::getline(in, text); ++n)
    if (n == line) return text;
  return {};
}

}  // namespace

ErrorContext capture_error_context(const std::string& code, executor::Language language,
                                   const RunResult& result, int attempt_number, int max_attempts,
                                   std::vector<PreviousAttempt> previous) {
  ErrorContext c;
  c.code = code;
  c.language = language;
  if (result.error) c.error = *result.error;
  if (c.error.stack.size() > kMaxStackBytes) c.error.stack = c.error.stack.substr(0, kMaxStackBytes) + "…";
  c.last_logs = tail(result.logs);
  c.last_stderr = tail(result.stderr_lines);
  c.attempt_number = attempt_number;
  c.max_attempts = max_attempts;
  c.previous_attempts = std::move(previous);
  return c;
}

std::vector<ChatMessage> build_fix_messages(const ErrorContext& c) {
  const std::string lang = fence_tag(c.language);
  const std::string runtime = c.language == executor::Language::kPython
      ? "a sandboxed CPython worker (no network, no files outside the sandbox)"
      : "QuickJS (ES2020, no Node.js or browser APIs; console.log and the LLMOS API are available; "
        "the value of the last expression is the result)";
  std::string system =
      "You repair code artifacts that failed when run in " + runtime +
      ". Reply with the complete corrected artifact in exactly one fenced code block (```" + lang +
      "). Keep the artifact's intent; change only what is needed to make it run correctly.";

  std::ostringstream u;
  u << "Attempt " << c.attempt_number << " of " << c.max_attempts << " failed. Fix this " << lang
    << " artifact.\n\n";
  u << "Code:\n```" << lang << "\n" << c.code << (c.code.empty() || c.code.back() != '\n' ? "\n" : "")
    << "```\n\n";
  u << "Error (" << to_string(c.error.kind) << "): " << c.error.message << "\n";
  if (c.error.line) {
    u << "At line " << *c.error.line;
    if (c.error.column) u << ", column " << *c.error.column;
    const std::string text = source_line(c.code, *c.error.line);
    if (!text.empty()) u << ": " << text;
    u << "\n";
  }
  if (!c.error.stack.empty() && c.error.stack != c.error.message) u << "Stack:\n" << c.error.stack << "\n";
  if (!c.last_logs.empty()) {
    u << "\nLast output (stdout) before the error:\n";
    for (const std::string& l : c.last_logs) u << l << "\n";
  }
  if (!c.last_stderr.empty()) {
    u << "\nLast stderr before the error:\n";
    for (const std::string& l : c.last_stderr) u << l << "\n";
  }
  if (!c.previous_attempts.empty()) {
    u << "\nEarlier attempts that also failed:\n";
    for (std::size_t i = 0; i < c.previous_attempts.size(); ++i) {
      const PreviousAttempt& p = c.previous_attempts[i];
      u << "Attempt " << (i + 1) << " failed with: " << p.error << "\n```" << lang << "\n" << p.code
        << (p.code.empty() || p.code.back() != '\n' ? "\n" : "") << "```\n";
    }
  }
  u << "\nReply with the whole corrected artifact in one ```" << lang << " code block.";
  return {{"system", std::move(system)}, {"user", u.str()}};
}

}  // namespace llmos::supervisor
