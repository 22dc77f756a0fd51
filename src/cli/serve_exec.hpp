#pragma once
// `llmos serve` runs in its own executable, `llmos-serve`, installed beside `llmos`: the HTTP
// stack (cpp-httplib with OpenSSL, zlib and brotli) is about two thirds of the dynamic
// relocations of a process, which every `llmos run` would otherwise pay for at start.

namespace llmos::cli {

// Replaces this process with `llmos-serve` from the directory of the running executable,
// passing the arguments after `serve_index` (the position of "serve" in argv). Returns only on
// failure, with the exit code after printing why.
int exec_server(int argc, char** argv, int serve_index);

// The same for any sibling executable: `llmos run --fix` execs `llmos-fix` (fix_command.hpp).
// `what` names it in the error message ("the server").
int exec_sibling(const char* name, const char* what, int argc, char** argv, int index);

}  // namespace llmos::cli
