#include "mcp/tools.hpp"

#include <cmath>

#include "executor/executor.hpp"
#include "mcp/tool_result.hpp"

namespace llmos::mcp {
namespace {

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::number_float: return "a fractional number";
    default: return "a number";
  }
}

RpcError bad_argument(const std::string& message) {
  return RpcError(rpc::kInvalidParams, "Invalid params: " + message);
}

// An integer in [min, max]; 5000.0 counts as 5000 (JSON Schema's "integer" does the same).
std::int64_t whole_number(const json& v, const char* name, std::int64_t min, std::int64_t max) {
  const std::string range = std::to_string(min) + " to " + std::to_string(max);
  if (!v.is_number())
    throw bad_argument(std::string("'") + name + "' must be an integer from " + range + ", not " + type_name(v));
  double d = 0;
  if (v.is_number_float()) {
    d = v.get<double>();
    if (!std::isfinite(d) || std::floor(d) != d)
      throw bad_argument(std::string("'") + name + "' must be an integer from " + range + " (got " + v.dump() + ")");
  } else if (v.is_number_unsigned()) {
    d = static_cast<double>(v.get<std::uint64_t>());
  } else {
    d = static_cast<double>(v.get<std::int64_t>());
  }
  if (d < static_cast<double>(min) || d > static_cast<double>(max))
    throw bad_argument(std::string("'") + name + "' must be from " + range + " (got " + v.dump() + ")");
  return static_cast<std::int64_t>(d);
}

json run_input_schema(const char* language) {
  return {
      {"type", "object"},
      {"properties",
       {{"code", {{"type", "string"}, {"description", std::string("The ") + language + " source of the artifact"}}},
        {"artifactId",
         {{"type", "string"},
          {"minLength", 1},
          {"description", "Artifact id: the namespace of its LLMOS.storage and its DOM container (default \"default\")"}}},
        {"timeoutMs",
         {{"type", "integer"},
          {"minimum", 1},
          {"maximum", kMaxToolTimeoutMs},
          {"description", "Time limit in milliseconds (default 5000)"}}},
        {"memoryLimitMb",
         {{"type", "integer"},
          {"minimum", 1},
          {"maximum", kMaxToolMemoryMb},
          {"description", "Memory limit in megabytes (default 128)"}}}}},
      {"required", json::array({"code"})},
      {"additionalProperties", false},
  };
}

// The contract's result object (CONTRACT §2).
json run_output_schema() {
  const json strings = {{"type", "array"}, {"items", {{"type", "string"}}}};
  const json error = {
      {"type", json::array({"object", "null"})},
      {"properties",
       {{"name", {{"type", "string"}}},
        {"message", {{"type", "string"}}},
        {"stack", {{"type", "string"}}},
        {"line", {{"type", json::array({"integer", "null"})}}},
        {"column", {{"type", json::array({"integer", "null"})}}},
        {"kind", {{"type", "string"},
                  {"enum", json::array({"syntax", "runtime", "timeout", "memory", "stack", "limit", "internal"})}}}}},
      {"required", json::array({"name", "message", "kind"})},
  };
  const json image = {
      {"type", "object"},
      {"properties",
       {{"id", {{"type", "string"}}},
        {"mime", {{"type", "string"}}},
        {"width", {{"type", "integer"}}},
        {"height", {{"type", "integer"}}},
        {"data", {{"type", "string"}, {"description", "base64"}}}}},
      {"required", json::array({"id", "mime", "width", "height", "data"})},
  };
  return {
      {"type", "object"},
      {"properties",
       {{"success", {{"type", "boolean"}}},
        {"output", {{"description", "The completion value as JSON; null for undefined"}}},
        {"error", error},
        {"logs", strings},
        {"stderr", strings},
        {"executionTime", {{"type", "number"}, {"description", "milliseconds"}}},
        {"memoryUsed", {{"type", "integer"}, {"description", "bytes"}}},
        {"artifactId", {{"type", "string"}}},
        {"language", {{"type", "string"}, {"enum", json::array({"javascript", "python"})}}},
        {"dom", {{"type", json::array({"string", "null"})}}},
        {"images", {{"type", "array"}, {"items", image}}}}},
      {"required", json::array({"success", "output", "error", "logs", "stderr", "executionTime",
                                "memoryUsed", "artifactId", "language", "dom", "images"})},
  };
}

json status_output_schema() {
  return {
      {"type", "object"},
      {"properties",
       {{"version", {{"type", "string"}}},
        {"status", {{"type", "string"}, {"enum", json::array({"booting", "ready", "degraded", "error"})}}},
        {"modules", {{"type", "object"}}},
        {"bootDuration", {{"type", "number"}}},
        {"stages", {{"type", "array"}, {"items", {{"type", "object"}}}}}}},
      {"required", json::array({"version", "status", "modules", "bootDuration", "stages"})},
  };
}

json tool(const char* name, const char* title, const char* description, json input, json output,
          bool read_only, const ToolFeatures& features) {
  json t = {{"name", name}, {"title", title}, {"description", description}, {"inputSchema", std::move(input)}};
  if (features.structured) t["outputSchema"] = std::move(output);
  t["annotations"] = {{"title", title},
                      {"readOnlyHint", read_only},
                      {"destructiveHint", false},
                      {"idempotentHint", read_only},
                      {"openWorldHint", false}};
  return t;
}

json run(executor::Language language, const json& arguments, const ToolFeatures& features,
         const StuckHandler& on_stuck, std::stop_token stop) {
  const RunArguments args = parse_run_arguments(arguments);
  executor::ExecOptions opt;
  opt.artifact_id = args.artifact_id;
  opt.limits.timeout_ms = args.timeout_ms;
  opt.limits.memory_bytes = static_cast<std::size_t>(args.memory_limit_mb) << 20;
  opt.filename = language == executor::Language::kPython ? "artifact.py" : "artifact.js";
  opt.isolation = features.isolation;
  opt.stop = std::move(stop);
  if (on_stuck) {
    opt.on_stuck = [on_stuck, args, language, structured = features.structured] {
      on_stuck(run_result_to_tool_result(executor::stuck_result(args.artifact_id, language, args.timeout_ms),
                                         args.code, structured));
    };
  }
  const executor::Execution ex = executor::execute_artifact(args.code, language, opt);
  return run_result_to_tool_result(ex.result, args.code, features.structured);
}

}  // namespace

RunArguments parse_run_arguments(const json& arguments) {
  if (!arguments.is_object())
    throw bad_argument(std::string("'arguments' must be an object, not ") + type_name(arguments));
  RunArguments out;
  bool have_code = false;
  for (const auto& [key, value] : arguments.items()) {
    if (key == "code") {
      if (!value.is_string()) throw bad_argument(std::string("'code' must be a string, not ") + type_name(value));
      out.code = value.get<std::string>();
      have_code = true;
    } else if (key == "artifactId") {
      if (!value.is_string())
        throw bad_argument(std::string("'artifactId' must be a string, not ") + type_name(value));
      out.artifact_id = value.get<std::string>();
      if (out.artifact_id.empty()) throw bad_argument("'artifactId' must not be empty");
    } else if (key == "timeoutMs") {
      out.timeout_ms = whole_number(value, "timeoutMs", 1, kMaxToolTimeoutMs);
    } else if (key == "memoryLimitMb") {
      out.memory_limit_mb = whole_number(value, "memoryLimitMb", 1, kMaxToolMemoryMb);
    } else {
      throw bad_argument("unknown argument '" + key + "' (the arguments are code, artifactId, timeoutMs, memoryLimitMb)");
    }
  }
  if (!have_code) throw bad_argument("'code' is required");
  return out;
}

json list_tools(const ToolFeatures& features) {
  json tools = json::array();
  tools.push_back(tool("run_javascript", "Run JavaScript",
                       "Runs a JavaScript artifact in a fresh, isolated QuickJS sandbox (ES2023, strict mode, "
                       "top-level await) with the LLMOS API: console, LLMOS.storage (persistent per artifactId), "
                       "LLMOS.dom, LLMOS.viz.createCanvas/plot (images come back as image content), "
                       "LLMOS.quantum, LLMOS.utils. No network, no files, no eval. Returns the completion value of "
                       "the last statement, the logs, stderr, and the error with its line:column on failure.",
                       run_input_schema("JavaScript"), run_output_schema(), false, features));
  tools.push_back(tool("run_python", "Run Python",
                       "Runs a Python 3 artifact in a sandboxed CPython worker (no network, no processes, no "
                       "access to the user's files); numpy and matplotlib are available and figures come back "
                       "as PNG image content. Returns the value of a final expression, stdout lines as logs, "
                       "stderr, and the exception with its line on failure.",
                       run_input_schema("Python"), run_output_schema(), false, features));
  tools.push_back(tool("kernel_status", "Kernel status",
                       "The llmos kernel's status: ready/degraded/error, its modules (javascript, python, "
                       "stdlib) and its six boot stages with their times.",
                       json{{"type", "object"}, {"properties", json::object()}, {"additionalProperties", false}},
                       status_output_schema(), true, features));
  return tools;
}

json call_tool(const std::string& name, const json& arguments, const ToolFeatures& features,
               const StuckHandler& on_stuck, std::stop_token stop) {
  if (name == "run_javascript") return run(executor::Language::kJavaScript, arguments, features, on_stuck, stop);
  if (name == "run_python") return run(executor::Language::kPython, arguments, features, on_stuck, stop);
  if (name == "kernel_status") {
    if (!arguments.is_object())
      throw bad_argument(std::string("'arguments' must be an object, not ") + type_name(arguments));
    if (!arguments.empty())
      throw bad_argument("kernel_status takes no arguments (got '" + arguments.begin().key() + "')");
    return kernel_status_to_tool_result(executor::get_kernel_status(), features.structured);
  }
  throw RpcError(rpc::kInvalidParams,
                 "Invalid params: unknown tool '" + name + "' (the tools are run_javascript, run_python, kernel_status)");
}

}  // namespace llmos::mcp
