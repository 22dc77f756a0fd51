#include "mcp/tool_result.hpp"

#include <cstdio>

namespace llmos::mcp {
namespace {

std::string_view source_line(std::string_view code, int line) {
  std::size_t begin = 0;
  for (int i = 1; i < line; ++i) {
    const std::size_t nl = code.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  std::size_t end = code.find('\n', begin);
  if (end == std::string_view::npos) end = code.size();
  std::string_view text = code.substr(begin, end - begin);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

void append_lines(std::string& out, const char* title, const std::vector<std::string>& lines, bool truncated) {
  if (lines.empty() && !truncated) return;
  out += title;
  out += ":\n";
  for (const auto& l : lines) {
    out += l;
    out += '\n';
  }
  if (truncated) out += "[truncated]\n";
}

std::string number(double v, const char* format) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

}  // namespace

std::string summarize(const RunResult& r, std::string_view code) {
  std::string out = r.success ? "Success" : "Failed";
  out += " (" + r.language + ", artifact '" + r.artifact_id + "', " + number(r.execution_time_ms, "%.2f") +
         " ms, " + std::to_string(r.memory_used) + " bytes of memory)\n";
  if (r.success) {
    out += "Output: " + r.output_json + (r.output_truncated ? " [truncated]" : "") + "\n";
  }
  append_lines(out, "Logs", r.logs, r.logs_truncated);
  append_lines(out, "Stderr", r.stderr_lines, r.stderr_truncated);
  if (r.error) {
    const ErrorInfo& e = *r.error;
    out += "Error (" + std::string(to_string(e.kind)) + ")";
    if (e.line) {
      out += " at line " + std::to_string(*e.line);
      if (e.column) out += ":" + std::to_string(*e.column);
    }
    out += ": " + e.message + "\n";
    if (e.line && *e.line > 0) {
      const std::string_view text = source_line(code, *e.line);
      if (!text.empty() && text.size() <= 500) {
        const std::string gutter = "  " + std::to_string(*e.line) + " | ";
        out += gutter;
        out += text;
        out += '\n';
        if (e.column && *e.column > 0 && static_cast<std::size_t>(*e.column) <= text.size() + 1) {
          out += std::string(gutter.size() - 2, ' ') + "| ";
          for (int i = 1; i < *e.column; ++i) out += text[static_cast<std::size_t>(i - 1)] == '\t' ? '\t' : ' ';
          out += "^\n";
        }
      }
    }
    if (!e.stack.empty() && e.stack != e.message) out += "Stack:\n" + e.stack + (e.stack.back() == '\n' ? "" : "\n");
  }
  if (!r.images.empty()) {
    out += "Images: " + std::to_string(r.images.size()) + " (";
    for (std::size_t i = 0; i < r.images.size(); ++i) {
      const Image& im = r.images[i];
      if (i) out += ", ";
      out += im.mime + " " + std::to_string(im.width) + "x" + std::to_string(im.height);
    }
    out += ")\n";
  }
  if (r.dom) out += "DOM: " + *r.dom + "\n";
  return out;
}

json run_result_to_tool_result(const RunResult& r, std::string_view code, bool structured) {
  json content = json::array();
  content.push_back({{"type", "text"}, {"text", summarize(r, code)}});
  for (const Image& im : r.images)
    content.push_back({{"type", "image"}, {"data", base64_encode(im.data)}, {"mimeType", im.mime}});
  json out = {{"content", std::move(content)}, {"isError", !r.success}};
  if (structured) out["structuredContent"] = json::parse(r.to_json());
  return out;
}

json kernel_status_to_tool_result(const executor::KernelStatus& s, bool structured) {
  std::string text = "llmos kernel " + s.version + ": " + s.status + " (booted in " +
                     number(s.boot_duration_ms, "%.2f") + " ms)\n";
  text += "modules: javascript " + s.javascript + ", python " + s.python + ", stdlib " + s.stdlib + "\n";
  text += "stages:\n";
  for (const auto& st : s.stages) {
    text += "  " + st.name + ": " + st.status + " (" + number(st.duration_ms, "%.2f") + " ms)";
    if (!st.detail.empty()) text += " " + st.detail;
    text += '\n';
  }
  if (!s.data_dir.empty()) text += "data dir: " + s.data_dir + "\n";
  for (const auto& p : s.problems) text += "problem: " + p + "\n";
  json out = {{"content", json::array({{{"type", "text"}, {"text", text}}})}, {"isError", false}};
  if (structured) out["structuredContent"] = json::parse(s.to_json());
  return out;
}

}  // namespace llmos::mcp
