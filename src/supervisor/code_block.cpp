#include "supervisor/code_block.hpp"

namespace llmos::supervisor {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string extract_code(std::string_view reply) {
  // A fence opens at the start of a line: ``` and an optional language tag up to the newline.
  std::size_t at = 0;
  while ((at = reply.find("```", at)) != std::string_view::npos) {
    if (at != 0 && reply[at - 1] != '\n') {
      at += 3;
      continue;
    }
    const std::size_t eol = reply.find('\n', at);
    if (eol == std::string_view::npos) break;
    const std::size_t body = eol + 1;
    std::size_t close = body;
    while ((close = reply.find("```", close)) != std::string_view::npos) {
      if (close == body || reply[close - 1] == '\n') break;
      close += 3;
    }
    if (close == std::string_view::npos) return std::string(trim(reply.substr(body)));  // unclosed
    std::string_view code = reply.substr(body, close - body);
    if (!code.empty() && code.back() == '\n') code.remove_suffix(1);
    return std::string(code);
  }
  return std::string(trim(reply));
}

}  // namespace llmos::supervisor
