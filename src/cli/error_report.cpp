#include "cli/error_report.hpp"

#include <vector>

namespace llmos::cli {
namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view l = s.substr(pos, eol - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    pos = eol + 1;
  }
  return lines;
}

}  // namespace

std::string format_error_report(const ErrorInfo& e, std::string_view source,
                                std::string_view filename) {
  std::string out = e.message + "\n";
  if (e.line) {
    out += "    at " + std::string(filename) + ":" + std::to_string(*e.line) + ":" +
           std::to_string(e.column.value_or(1)) + "\n";
    const auto lines = split_lines(source);
    const int n = static_cast<int>(lines.size());
    const int at = *e.line;
    if (at >= 1 && at <= n) {
      const int first = std::max(1, at - 2), last = std::min(n, at + 1);
      const int width = static_cast<int>(std::to_string(last).size());
      out += "\n";
      for (int i = first; i <= last; ++i) {
        std::string num = std::to_string(i);
        num.insert(0, static_cast<std::size_t>(width) - num.size(), ' ');
        out += (i == at ? "> " : "  ") + num + " | " + std::string(lines[static_cast<std::size_t>(i - 1)]) + "\n";
        if (i == at && e.column) {
          // Columns count code points; tabs are kept so the caret lines up in a terminal.
          std::string pad;
          const std::string_view l = lines[static_cast<std::size_t>(i - 1)];
          int col = 1;
          for (std::size_t k = 0; k < l.size() && col < *e.column; ++k) {
            const auto c = static_cast<unsigned char>(l[k]);
            if (c >= 0x80 && c < 0xC0) continue;
            pad += c == '\t' ? '\t' : ' ';
            ++col;
          }
          out += "  " + std::string(static_cast<std::size_t>(width), ' ') + " | " + pad + "^\n";
        }
      }
    }
  }
  // The rest of the stack, when it says more than the location above.
  const auto nl = e.stack.find('\n');
  if (nl != std::string::npos) {
    std::string frames = e.stack.substr(nl + 1);
    if (frames.find('\n') != std::string::npos) out += "\n" + frames + "\n";
  }
  return out;
}

}  // namespace llmos::cli
