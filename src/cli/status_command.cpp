#include "cli/status_command.hpp"

#include <cstdio>
#include <string>

#include "executor/executor.hpp"

namespace llmos::cli {
namespace {

std::string ms(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f ms", v);
  return buf;
}

std::string human(const executor::KernelStatus& s) {
  std::string out = "llmos kernel " + s.version + ": " + s.status + " (booted in " + ms(s.boot_duration_ms) + ")\n";
  out += "data dir: " + s.data_dir + "\n\n";
  char line[512];
  std::snprintf(line, sizeof line, "  %-16s %-12s %10s  %s\n", "stage", "status", "time", "detail");
  out += line;
  for (const auto& st : s.stages) {
    std::snprintf(line, sizeof line, "  %-16s %-12s %10s  ", st.name.c_str(), st.status.c_str(),
                  ms(st.duration_ms).c_str());
    out += line;
    out += st.detail;
    out += '\n';
  }
  out += "\nmodules: javascript " + s.javascript + ", python " + s.python + ", stdlib " + s.stdlib + "\n";
  if (!s.problems.empty()) {
    out += "\nproblems:\n";
    for (const auto& p : s.problems) out += "  - " + p + "\n";
  }
  return out;
}

}  // namespace

int status_command(const StatusArgs& args) {
  executor::BootConfig config;
  config.data_dir = executor::resolve_data_dir(args.data_dir);
  executor::boot_kernel(config);
  const executor::KernelStatus s = executor::get_kernel_status();
  const std::string text = args.json ? s.to_json() + "\n" : human(s);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return s.status == "error" ? 3 : 0;
}

}  // namespace llmos::cli
