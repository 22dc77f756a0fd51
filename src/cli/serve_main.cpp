// `llmos-serve`: the server behind `llmos serve` (see serve_exec.hpp), with the same flags.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "cli/serve_command.hpp"
#include "cli/serve_options.hpp"

int main(int argc, char** argv) {
  CLI::App app{"llmos serve: the HTTP API and the code executor page (CONTRACT §7)", "llmos serve"};
  llmos::cli::ServeArgs args;
  llmos::cli::add_serve_options(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    return llmos::cli::serve_command(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "llmos: internal error: %s\n", e.what());
    return 3;
  }
}
