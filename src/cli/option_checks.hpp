#pragma once
// Checks and options shared by the commands' flags.
#include <CLI/CLI.hpp>

#include <charconv>
#include <string>
#include <system_error>

namespace llmos::cli {

// CLI::Range reads "abc" as out of range ("Value abc not in range 1 to 600000"): this names
// what was given and what is wanted.
inline CLI::Validator whole_number_in(long long lo, long long hi) {
  return CLI::Validator(
      [lo, hi](std::string& v) {
        const std::string wanted = "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
        long long n = 0;
        const char* end = v.data() + v.size();
        const auto [at, ec] = std::from_chars(v.data(), end, n);
        if (v.empty() || ec == std::errc::invalid_argument || at != end) return wanted + ", not '" + v + "'";
        if (ec == std::errc::result_out_of_range || n < lo || n > hi) return wanted + " (got " + v + ")";
        return std::string();
      },
      "INT in [" + std::to_string(lo) + " - " + std::to_string(hi) + "]");
}

// --data-dir: an empty value would silently mean the default directory; it is a usage error.
inline void add_data_dir_option(CLI::App& app, std::string& dir) {
  app.add_option("--data-dir", dir, "Data directory (default: $LLMOS_DATA_DIR, $XDG_DATA_HOME/llmos or ~/.local/share/llmos)")
      ->check(CLI::Validator([](std::string& v) { return v.empty() ? std::string("must not be empty") : std::string(); },
                             "DIR"));
}

}  // namespace llmos::cli
