// The public result and status types, converted to and from the executor's.
#include "api/convert.hpp"

namespace llmos {
namespace {

ExecutionError::Kind to_public(ErrorKind k) {
  switch (k) {
    case ErrorKind::kSyntax: return ExecutionError::Kind::kSyntax;
    case ErrorKind::kRuntime: return ExecutionError::Kind::kRuntime;
    case ErrorKind::kTimeout: return ExecutionError::Kind::kTimeout;
    case ErrorKind::kMemory: return ExecutionError::Kind::kMemory;
    case ErrorKind::kStack: return ExecutionError::Kind::kStack;
    case ErrorKind::kLimit: return ExecutionError::Kind::kLimit;
    case ErrorKind::kInternal: return ExecutionError::Kind::kInternal;
  }
  return ExecutionError::Kind::kInternal;
}

ErrorKind to_internal(ExecutionError::Kind k) {
  switch (k) {
    case ExecutionError::Kind::kSyntax: return ErrorKind::kSyntax;
    case ExecutionError::Kind::kRuntime: return ErrorKind::kRuntime;
    case ExecutionError::Kind::kTimeout: return ErrorKind::kTimeout;
    case ExecutionError::Kind::kMemory: return ErrorKind::kMemory;
    case ExecutionError::Kind::kStack: return ErrorKind::kStack;
    case ExecutionError::Kind::kLimit: return ErrorKind::kLimit;
    case ExecutionError::Kind::kInternal: return ErrorKind::kInternal;
  }
  return ErrorKind::kInternal;
}

}  // namespace

std::string_view ExecutionError::kind_name() const { return llmos::to_string(to_internal(kind)); }

std::string ExecutionResult::to_json() const { return api::to_internal(*this).to_json(); }

std::string KernelStatus::to_json() const { return api::to_internal(*this).to_json(); }

namespace api {

ExecutionResult to_public(RunResult r) {
  ExecutionResult out;
  out.success = r.success;
  out.output_json = std::move(r.output_json);
  if (r.error) {
    ExecutionError e;
    e.name = std::move(r.error->name);
    e.message = std::move(r.error->message);
    e.stack = std::move(r.error->stack);
    e.line = r.error->line;
    e.column = r.error->column;
    e.kind = llmos::to_public(r.error->kind);
    out.error = std::move(e);
  }
  out.logs = std::move(r.logs);
  out.stderr_lines = std::move(r.stderr_lines);
  out.execution_time_ms = r.execution_time_ms;
  out.memory_used = r.memory_used;
  out.artifact_id = std::move(r.artifact_id);
  out.language = std::move(r.language);
  out.dom = std::move(r.dom);
  for (auto& img : r.images)
    out.images.push_back({std::move(img.id), std::move(img.mime), img.width, img.height, std::move(img.data)});
  out.output_truncated = r.output_truncated;
  out.logs_truncated = r.logs_truncated;
  out.stderr_truncated = r.stderr_truncated;
  return out;
}

RunResult to_internal(const ExecutionResult& r) {
  RunResult out;
  out.success = r.success;
  out.output_json = r.output_json;
  if (r.error) {
    ErrorInfo e;
    e.name = r.error->name;
    e.message = r.error->message;
    e.stack = r.error->stack;
    e.line = r.error->line;
    e.column = r.error->column;
    e.kind = llmos::to_internal(r.error->kind);
    out.error = std::move(e);
  }
  out.logs = r.logs;
  out.stderr_lines = r.stderr_lines;
  out.execution_time_ms = r.execution_time_ms;
  out.memory_used = r.memory_used;
  out.artifact_id = r.artifact_id;
  out.language = r.language;
  out.dom = r.dom;
  for (const auto& img : r.images) out.images.push_back({img.id, img.mime, img.width, img.height, img.data});
  out.output_truncated = r.output_truncated;
  out.logs_truncated = r.logs_truncated;
  out.stderr_truncated = r.stderr_truncated;
  return out;
}

namespace {

// The public and the internal status have the same fields (the public one keeps the executor's
// types out of include/llmos): one copy serves both directions.
template <typename To, typename From>
To copy_status(const From& s) {
  To out;
  out.version = s.version;
  out.status = s.status;
  out.javascript = s.javascript;
  out.python = s.python;
  out.stdlib = s.stdlib;
  out.boot_duration_ms = s.boot_duration_ms;
  for (const auto& st : s.stages) out.stages.push_back({st.name, st.status, st.duration_ms, st.detail});
  out.llmos_version = s.llmos_version;
  out.engine = s.engine;
  out.data_dir = s.data_dir;
  for (const auto& v : s.volumes) out.volumes.push_back({v.name, v.path, v.status, v.writable, v.error});
  for (const auto& f : s.stdlib_files) out.stdlib_files.push_back({f.name, f.path, f.status, f.bytes});
  out.stdlib_banner = s.stdlib_banner;
  out.python_executable = s.python_executable;
  out.problems = s.problems;
  return out;
}

}  // namespace

KernelStatus to_public(const executor::KernelStatus& s) { return copy_status<KernelStatus>(s); }

executor::KernelStatus to_internal(const KernelStatus& s) { return copy_status<executor::KernelStatus>(s); }

}  // namespace api
}  // namespace llmos
