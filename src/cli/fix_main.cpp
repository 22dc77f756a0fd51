// `llmos-fix`: `llmos run --fix` (see fix_command.hpp), with the flags of `llmos run`.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "cli/fix_command.hpp"
#include "cli/run_options.hpp"

int main(int argc, char** argv) {
  CLI::App app{"llmos run --fix: run an artifact, repairing it with a model while it fails", "llmos run"};
  llmos::cli::RunArgs args;
  llmos::cli::add_run_options(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);
    return 0;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "llmos: %s (see 'llmos run --help')\n", e.what());
    return 2;
  }
  try {
    return llmos::cli::fix_command(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "llmos: internal error: %s\n", e.what());
    return 3;
  }
}
