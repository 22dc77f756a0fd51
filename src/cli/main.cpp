// The `llmos` command (CONTRACT §1).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "cli/mcp_command.hpp"
#include "cli/run_command.hpp"
#include "cli/run_options.hpp"
#include "cli/serve_exec.hpp"
#include "cli/serve_options.hpp"
#include "cli/status_command.hpp"

namespace {

constexpr const char* kVersion = "llmos " LLMOS_VERSION " (kernel API 0.1.0, QuickJS 2025-04-26)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"llmos: run untrusted, LLM-generated code artifacts in a native sandbox", "llmos"};
  app.set_version_flag("--version", kVersion, "Print the version and exit");
  app.require_subcommand(1);

  llmos::cli::RunArgs run_args;
  CLI::App* run = app.add_subcommand("run", "Run an artifact (a file, or - for standard input)");
  llmos::cli::add_run_options(*run, run_args);

  llmos::cli::StatusArgs status_args;
  CLI::App* status = app.add_subcommand("status", "Boot the kernel and print its status: the six stages, their times, the modules");
  status->add_flag("--json", status_args.json, "Print the status as one JSON object");
  llmos::cli::add_data_dir_option(*status, status_args.data_dir);

  llmos::cli::ServeArgs serve_args;
  CLI::App* serve = app.add_subcommand("serve", "Serve the HTTP API and the code executor page (CONTRACT §7)");
  llmos::cli::add_serve_options(*serve, serve_args);

  llmos::cli::McpArgs mcp_args;
  CLI::App* mcp = app.add_subcommand("mcp", "Serve the kernel's tools over the Model Context Protocol on stdin/stdout");
  llmos::cli::add_data_dir_option(*mcp, mcp_args.data_dir);
  mcp->add_option("--isolation", mcp_args.isolation,
                  "JavaScript in a sandboxed worker process (process) or in this process (none)")
      ->check(CLI::IsMember({"process", "none"}))
      ->capture_default_str();

  // CLI11 answers every first word it does not know with "A subcommand is required".
  const auto subcommand = [&app](const std::string& name) -> CLI::App* {
    for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
      if (sub->get_name() == name) return sub;
    return nullptr;
  };
  if (argc >= 2) {
    const std::string first = argv[1];
    if (first == "help") {  // as `git help` and `git help run`
      CLI::App* about = argc >= 3 ? subcommand(argv[2]) : nullptr;
      std::fputs((about ? about->help() : app.help()).c_str(), stdout);
      return 0;
    }
    const bool known = subcommand(first) != nullptr || first == "--help" || first == "-h" ||
                       first == "--help-all" || first == "--version";
    if (!known) {
      std::fprintf(stderr, "llmos: unknown %s '%s': the commands are run, status, serve and mcp (see 'llmos --help')\n",
                   first.rfind('-', 0) == 0 ? "option" : "command", first.c_str());
      return 2;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);  // the help of the subcommand asked about, if any
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::fputs(app.help("", CLI::AppFormatMode::All).c_str(), stdout);
    return 0;
  } catch (const CLI::CallForVersion&) {
    std::printf("%s\n", kVersion);
    return 0;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "llmos: %s (see 'llmos --help')\n", e.what());
    return 2;
  }

  try {
    if (app.got_subcommand(run)) {
      if (!run_args.fix) return llmos::cli::run_command(run_args);
      // The supervisor and its HTTP client live in llmos-fix (fix_command.hpp).
      int at = 1;
      while (at < argc && std::strcmp(argv[at], "run") != 0) ++at;
      return llmos::cli::exec_sibling("llmos-fix", "the supervisor", argc, argv, at);
    }
    if (app.got_subcommand(status)) return llmos::cli::status_command(status_args);
    if (app.got_subcommand(mcp)) return llmos::cli::mcp_command(mcp_args, LLMOS_VERSION);
    if (app.got_subcommand(serve)) {
      int at = 1;
      while (at < argc && std::strcmp(argv[at], "serve") != 0) ++at;
      return llmos::cli::exec_server(argc, argv, at);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "llmos: internal error: %s\n", e.what());
    return 3;
  }
  return 2;
}
