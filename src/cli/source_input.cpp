#include "cli/source_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include "common/utf8.hpp"

namespace llmos::cli {

Result<std::string> read_source(const std::string& path) {
  std::string text;
  const std::string shown = path == "-" ? "standard input" : "'" + path + "'";
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
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
