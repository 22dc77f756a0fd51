#pragma once
// Node's REPL rule for the completion value: a final statement `{ a, b }` that could be either a
// block or an object literal is taken as the object literal. This finds such a final block and
// proposes the source with it parenthesised; the evaluator compiles the proposal and falls back
// to the original source when the proposal is not valid JavaScript.
#include <optional>
#include <string>
#include <string_view>

namespace llmos::engine {

struct CompletionRewrite {
  std::string source;
  // Where text was inserted before the block, to map error positions back to the original:
  // on `line` (1-based), columns after `column` (1-based, in code points) moved by `shift`.
  int line = 0;
  int column = 0;
  int shift = 0;

  // Maps a position in the rewritten source back to the original one.
  void map_back(int& err_line, int& err_column) const {
    if (err_line == line && err_column > column) err_column -= shift;
  }
};

std::optional<CompletionRewrite> rewrite_final_object_literal(std::string_view source);

}  // namespace llmos::engine
