#include "cli/run_command.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/data_dir.hpp"
#include "cli/error_report.hpp"
#include "cli/source_input.hpp"

namespace llmos::cli {

Result<PreparedRun> prepare_run(const RunArgs& args) {
  auto source = read_source(args.file);
  if (!source) return source.error();
  PreparedRun run;
  run.code = std::move(source).value();

  executor::ExecOptions& opt = run.options;
  opt.artifact_id = args.artifact_id;
  opt.limits.timeout_ms = args.timeout_ms;
  opt.limits.memory_bytes = static_cast<std::size_t>(args.memory_limit_mb) << 20;
  opt.filename = args.file;
  opt.render_output = !args.json;
  opt.data_dir = resolve_data_dir(args.data_dir);  // created only when storage is first used
  opt.isolation = executor::isolation_from(args.isolation).value_or(executor::Isolation::kNone);
  if (opt.isolation == executor::Isolation::kProcess)
    executor::enable_js_workers({.workers = 1, .max_memory_bytes = opt.limits.memory_bytes});

  executor::Language& lang = run.language;
  if (args.lang == "js" || args.lang == "javascript") lang = executor::Language::kJavaScript;
  else if (args.lang == "python" || args.lang == "py") lang = executor::Language::kPython;
  else lang = executor::detect_language(args.file == "-" ? "" : args.file, run.code);
  if (args.file == "-") opt.filename = lang == executor::Language::kPython ? "stdin.py" : "stdin.js";

  if (!args.json) {
    opt.listener = [](engine::Stream s, std::string_view text) {
      FILE* f = s == engine::Stream::kLog ? stdout : stderr;
      std::fwrite(text.data(), 1, text.size(), f);
      std::fputc('\n', f);
      std::fflush(f);
    };
  }

  // The artifact is stuck in a native loop past its time limit: report the timeout the way a
  // finished run would, then end the process (the stuck thread cannot be stopped).
  opt.on_stuck = [json = args.json, artifact_id = args.artifact_id, lang, timeout_ms = args.timeout_ms] {
    const RunResult r = executor::stuck_result(artifact_id, lang, timeout_ms);
    const std::string text = json ? r.to_json() + "\n" : r.error->message + "\n";
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), json ? stdout : stderr);
    std::fflush(nullptr);
    std::_Exit(1);
  };
  return run;
}

void print_human_result(const executor::Execution& ex, const std::string& code, const std::string& filename) {
  const RunResult& r = ex.result;
  if (r.success) {
    if (!ex.output_is_undefined) std::printf("%s\n", ex.output_text.c_str());
  } else if (r.error) {
    const std::string report = format_error_report(*r.error, code, filename);
    std::fwrite(report.data(), 1, report.size(), stderr);
  }
}

int exit_code_of(const RunResult& r) {
  if (r.success) return 0;
  return r.error && r.error->kind == ErrorKind::kInternal ? 3 : 1;
}

int run_command(const RunArgs& args) {
  auto prepared = prepare_run(args);
  if (!prepared) {
    std::fprintf(stderr, "llmos: %s\n", prepared.error().message.c_str());
    return 2;
  }
  const PreparedRun& run = prepared.value();
  const executor::Execution ex = executor::execute_artifact(run.code, run.language, run.options);
  if (args.json) {
    const std::string json = ex.result.to_json();
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
  } else {
    print_human_result(ex, run.code, run.options.filename);
  }
  // A result nobody received is not a success: a full disk or a closed stdout is reported.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "llmos: cannot write the result to standard output: %s\n", std::strerror(errno));
    return 3;
  }
  return exit_code_of(ex.result);
}

}  // namespace llmos::cli
