#include "cli/source_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

#include "common/utf8.hpp"

namespace llmos::cli {

Result<std::string> read_source(const std::string& path) {
  std::string text;
  const std::string shown = path == "-" ? "standard input" : "'" + path + "'";
  if (path == "-") {
    // read(2) rather than std::cin: a closed or unreadable standard input (a directory, a
    // socket reset) is an error to report, where an istream would just give no text.
    struct stat st;
    if (::fstat(STDIN_FILENO, &st) != 0) return Error{"cannot read " + shown + ": " + std::strerror(errno)};
    if (S_ISDIR(st.st_mode)) return Error{"cannot read " + shown + ": it is a directory"};
    char buf[65536];
    for (;;) {
      const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
      if (n > 0) text.append(buf, static_cast<std::size_t>(n));
      else if (n == 0) break;
      else if (errno != EINTR) return Error{"cannot read " + shown + ": " + std::strerror(errno)};
    }
  } else {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
      return Error{"cannot read " + shown + ": " + std::strerror(errno)};
    if (S_ISDIR(st.st_mode)) return Error{"cannot read " + shown + ": it is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read " + shown + ": " + std::strerror(errno)};
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{"cannot read " + shown + ": read error"};
  }
  if (const auto bad = utf8::first_invalid(text))
    return Error{shown + " is not valid UTF-8 (invalid byte at offset " + std::to_string(*bad) + ")"};
  if (const auto nul = text.find('\0'); nul != std::string::npos)
    return Error{shown + " contains a NUL byte at offset " + std::to_string(nul)};
  // A UTF-8 byte order mark is not part of the program.
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

}  // namespace llmos::cli
