#include "executor/kernel_status.hpp"

#include "common/json_writer.hpp"
#include "common/limits.hpp"

namespace llmos::executor {
namespace {

void field(std::string& out, const char* name, std::string_view value) {
  out += '"';
  out += name;
  out += "\":";
  json::append_string(out, value);
}

void number_field(std::string& out, const char* name, double value) {
  out += '"';
  out += name;
  out += "\":";
  // Durations to the microsecond: more digits would only be noise.
  json::append_number(out, static_cast<double>(static_cast<long long>(value * 1000 + 0.5)) / 1000);
}

}  // namespace

KernelStatus KernelStatus::not_booted() {
  KernelStatus s;
  for (const char* name : kStageNames) s.stages.push_back(StageReport{name, "pending", 0, ""});
  return s;
}

std::string KernelStatus::to_json() const {
  std::string out = "{";
  field(out, "version", version);
  out += ',';
  field(out, "status", status);
  out += ",\"modules\":{";
  field(out, "javascript", javascript);
  out += ',';
  field(out, "python", python);
  out += ',';
  field(out, "stdlib", stdlib);
  out += "},";
  number_field(out, "bootDuration", boot_duration_ms);
  out += ",\"stages\":[";
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const StageReport& s = stages[i];
    if (i) out += ',';
    out += '{';
    field(out, "name", s.name);
    out += ',';
    field(out, "status", s.status);
    out += ',';
    number_field(out, "durationMs", s.duration_ms);
    out += ',';
    field(out, "detail", s.detail);
    out += '}';
  }
  out += "],";
  field(out, "llmosVersion", llmos_version);
  out += ',';
  field(out, "engine", engine);
  out += ',';
  field(out, "dataDir", data_dir);
  out += ",\"volumes\":[";
  for (std::size_t i = 0; i < volumes.size(); ++i) {
    const VolumeReport& v = volumes[i];
    if (i) out += ',';
    out += '{';
    field(out, "name", v.name);
    out += ',';
    field(out, "path", v.path);
    out += ',';
    field(out, "status", v.status);
    out += ",\"writable\":";
    out += v.writable ? "true" : "false";
    if (!v.error.empty()) {
      out += ',';
      field(out, "error", v.error);
    }
    out += '}';
  }
  out += "],\"stdlibFiles\":[";
  for (std::size_t i = 0; i < stdlib_files.size(); ++i) {
    const StdlibFileReport& f = stdlib_files[i];
    if (i) out += ',';
    out += '{';
    field(out, "name", f.name);
    out += ',';
    field(out, "path", f.path);
    out += ',';
    field(out, "status", f.status);
    out += ",\"bytes\":";
    json::append_int(out, static_cast<std::int64_t>(f.bytes));
    out += '}';
  }
  out += "],";
  field(out, "stdlibBanner", stdlib_banner);
  out += ",\"python\":{";
  field(out, "status", python);
  out += ",\"executable\":";
  if (python_executable.empty()) out += "null";
  else json::append_string(out, python_executable);
  out += ',';
  field(out, "sandbox", python_sandbox);
  out += "},";
  // What every artifact gets unless the caller asks otherwise (CONTRACT §1, §3).
  const Limits defaults;
  out += "\"sandbox\":{\"isolation\":\"runtime-per-artifact\",";
  field(out, "javascriptIsolation", js_isolation);
  if (js_isolation == "process") {
    out += ",\"jsWorkers\":{";
    field(out, "status", js_workers_status);
    const auto count = [&out](const char* name, std::size_t n) {
      out += ",\"";
      out += name;
      out += "\":";
      json::append_int(out, static_cast<std::int64_t>(n));
    };
    count("processes", js_workers);
    count("idle", js_workers_idle);
    count("runs", js_worker_runs);
    count("crashed", js_worker_crashes);
    count("killedStuck", js_workers_killed_stuck);
    out += ',';
    field(out, "sandbox", js_workers_sandbox);
    out += ',';
    field(out, "detail", js_workers_detail);
    out += '}';
  }
  out += ",\"strict\":true,\"eval\":false,\"modules\":false,\"defaultTimeoutMs\":";
  json::append_int(out, defaults.timeout_ms);
  out += ",\"defaultMemoryLimitMb\":";
  json::append_int(out, static_cast<std::int64_t>(defaults.memory_bytes >> 20));
  out += ",\"stackLimitKb\":";
  json::append_int(out, static_cast<std::int64_t>(defaults.stack_bytes >> 10));
  out += "},\"problems\":[";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (i) out += ',';
    json::append_string(out, problems[i]);
  }
  out += "]}";
  return out;
}

}  // namespace llmos::executor
