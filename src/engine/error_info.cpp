#include "engine/error_info.hpp"

#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace llmos::engine {
namespace {

// A string property of the error without running artifact code where that can be avoided;
// failures give an empty string.
std::string string_property(JSContext* c, JSValueConst obj, const char* name) {
  Value v(c, JS_GetPropertyStr(c, obj, name));
  if (v.is_exception()) {
    Value ignored(c, JS_GetException(c));
    return {};
  }
  if (v.is_undefined()) return {};
  CString s(c, v.get());
  if (!s.ok()) {
    Value ignored(c, JS_GetException(c));
    return {};
  }
  return std::string(s.view());
}

std::optional<int> int_property(JSContext* c, JSValueConst obj, const char* name) {
  Value v(c, JS_GetPropertyStr(c, obj, name));
  if (v.is_exception()) {
    Value ignored(c, JS_GetException(c));
    return std::nullopt;
  }
  if (!JS_IsNumber(v.get())) return std::nullopt;
  int32_t n = 0;
  if (JS_ToInt32(c, &n, v.get()) < 0) return std::nullopt;
  return n;
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string format_mb(std::size_t bytes) {
  if (bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  return std::to_string(bytes) + " bytes";
}

// QuickJS writes "'y' is not defined"; V8, Node and the seed write "y is not defined".
// Returns the identifier when `text` is that message.
std::optional<std::string> undefined_identifier(std::string& text) {
  static constexpr std::string_view kSuffix = "' is not defined";
  if (text.size() > kSuffix.size() + 1 && text.front() == '\'' &&
      text.compare(text.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
    std::string id = text.substr(1, text.size() - kSuffix.size() - 1);
    text = id + " is not defined";
    return id;
  }
  return std::nullopt;
}

bool is_ident_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Line `line` (1-based) of source, without its newline; empty past the end.
std::string_view line_text(std::string_view source, int line) {
  std::size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    pos = source.find('\n', pos);
    if (pos == std::string_view::npos) return {};
    ++pos;
  }
  std::size_t eol = source.find('\n', pos);
  if (eol == std::string_view::npos) eol = source.size();
  return source.substr(pos, eol - pos);
}

// QuickJS places a failed variable access at the end of the expression that uses it
// (`y = x + 5` at the `+`); people, V8 and the seed expect the identifier itself. Moves the
// column to the last whole-word occurrence of `id` at or before it on that line.
int column_of_identifier(std::string_view source, int line, int column, std::string_view id) {
  const std::string_view text = line_text(source, line);
  if (text.empty()) return column;
  int best = -1, first_after = -1, col = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 && c < 0xC0) continue;  // continuation byte: same code point
    if (text.compare(i, id.size(), id) == 0 && (i == 0 || !is_ident_byte(text[i - 1])) &&
        (i + id.size() >= text.size() || !is_ident_byte(text[i + id.size()]))) {
      if (col <= column) best = col;
      else if (first_after < 0) first_after = col;
    }
    ++col;
  }
  return best > 0 ? best : (first_after > 0 ? first_after : column);
}

// Artifacts are scripts, so QuickJS reads `import x from "m"` as a malformed import() call
// ("expecting '('") and `export` as an unknown keyword. When a syntax error sits on a line that
// starts such a declaration, say what is actually wrong; the column moves to the keyword.
std::optional<std::string> module_declaration_message(std::string_view source, int line,
                                                      int& column) {
  const std::string_view text = line_text(source, line);
  const auto start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return std::nullopt;
  const std::string_view rest = text.substr(start);
  const auto keyword = [&](std::string_view k) {
    if (rest.compare(0, k.size(), k) != 0) return false;
    if (rest.size() == k.size()) return true;
    const char next = rest[k.size()];
    return !is_ident_byte(next) && next != '(' && next != '.';
  };
  const char* what = keyword("import") ? "import" : keyword("export") ? "export" : nullptr;
  if (what == nullptr) return std::nullopt;
  column = static_cast<int>(start) + 1;
  return std::string("SyntaxError: ") + what +
         " declarations are not supported: an artifact is a script, not a module, and cannot "
         "load modules (LLMOS and console are globals)";
}

// Keeps a runaway stack (deep recursion) readable: the first and last frames.
std::string cap_frames(const std::string& frames) {
  constexpr std::size_t kHead = 20, kTail = 5;
  std::vector<std::string_view> lines;
  std::string_view rest = frames;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    lines.push_back(rest.substr(0, nl));
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  if (lines.size() <= kHead + kTail + 1) return frames;
  std::string out;
  for (std::size_t i = 0; i < kHead; ++i) out.append(lines[i]).append("\n");
  out += "    ... " + std::to_string(lines.size() - kHead - kTail) + " more frames\n";
  for (std::size_t i = lines.size() - kTail; i < lines.size(); ++i) out.append(lines[i]).append("\n");
  return out;
}

// Where `filename:line:col` sits in one line of a stack ("    at f (file:3:7)", "    at file:3:7").
struct FramePosition {
  std::size_t begin, end;  // of "line:col"
  int line, column;
};

std::optional<FramePosition> frame_position(std::string_view l, std::string_view filename) {
  std::size_t len = l.size();
  while (len > 0 && (l[len - 1] == ')' || l[len - 1] == '\r' || l[len - 1] == ' ')) --len;
  l = l.substr(0, len);
  const auto c2 = l.rfind(':');
  if (c2 == std::string_view::npos || c2 == 0) return std::nullopt;
  const auto c1 = l.rfind(':', c2 - 1);
  if (c1 == std::string_view::npos || c1 < filename.size()) return std::nullopt;
  if (l.substr(c1 - filename.size(), filename.size()) != filename) return std::nullopt;
  const std::size_t before = c1 - filename.size();
  if (before > 0 && l[before - 1] != '(' && l[before - 1] != ' ') return std::nullopt;
  int ln, col;
  if (!parse_int(l.substr(c1 + 1, c2 - c1 - 1), ln) || !parse_int(l.substr(c2 + 1), col)) return std::nullopt;
  return FramePosition{c1 + 1, l.size(), ln, col};
}

// Rewrites the position of every frame in the artifact with `fix(index, line, column)`, so
// the stack says what `line`/`column` say (a rewritten source, a ReferenceError's column).
template <typename Fix>
std::string rewrite_frames(std::string_view stack, std::string_view filename, Fix fix) {
  std::string out;
  int index = 0;
  std::size_t pos = 0;
  while (pos <= stack.size()) {
    std::size_t eol = stack.find('\n', pos);
    if (eol == std::string_view::npos) eol = stack.size();
    const std::string_view l = stack.substr(pos, eol - pos);
    if (const auto at = frame_position(l, filename)) {
      int ln = at->line, col = at->column;
      fix(index++, ln, col);
      out.append(l.substr(0, at->begin)).append(std::to_string(ln)).append(":").append(std::to_string(col));
      out.append(l.substr(at->end));
    } else {
      out.append(l);
    }
    if (eol < stack.size()) out += '\n';
    pos = eol + 1;
  }
  return out;
}

}  // namespace

bool find_frame(std::string_view stack, std::string_view filename, int& line, int& column) {
  std::size_t pos = 0;
  while (pos < stack.size()) {
    std::size_t eol = stack.find('\n', pos);
    if (eol == std::string_view::npos) eol = stack.size();
    const auto at = frame_position(stack.substr(pos, eol - pos), filename);
    pos = eol + 1;
    if (at) {
      line = at->line;
      column = at->column;
      return true;
    }
  }
  return false;
}

ErrorInfo describe_exception(Context& ctx, JSValueConst exc, const ErrorSource& source,
                             const Limits& limits) {
  JSContext* c = ctx.get();
  ErrorInfo info;
  std::string frames;
  std::optional<std::string> undefined_id;
  std::optional<std::pair<int, int>> thrown_at;  // line, column of a thrown non-Error value
  if (JS_IsError(c, exc)) {
    info.name = string_property(c, exc, "name");
    if (info.name.empty()) info.name = "Error";
    std::string text = string_property(c, exc, "message");
    if (info.name == "ReferenceError") undefined_id = undefined_identifier(text);
    info.message = text.empty() ? info.name : info.name + ": " + text;
    frames = string_property(c, exc, "stack");
  } else {
    // `throw 'boom'`, `throw 42`, `throw {…}`: Node reports these as "Uncaught <value>".
    info.name = "Uncaught";
    std::string text;
    if (JS_IsSymbol(exc)) {
      text = "Symbol(";
      text += string_property(c, exc, "description");
      text += ')';
    } else if (JS_IsString(exc)) {
      CString s(c, exc);
      text = std::string(s.view());
    } else {
      Value str(c, JS_IsObject(exc) ? JS_JSONStringify(c, exc, JS_UNDEFINED, JS_UNDEFINED)
                                    : JS_ToString(c, exc));
      if (str.is_exception() || !JS_IsString(str.get())) {
        Value ignored(c, JS_GetException(c));
        Value fallback(c, JS_ToString(c, exc));
        if (fallback.is_exception()) Value(c, JS_GetException(c));
        else str = std::move(fallback);
      }
      if (JS_IsString(str.get())) {
        CString s(c, str.get());
        text = std::string(s.view());
      }
    }
    info.message = "Uncaught: " + text;
    // Such a value has no stack; QuickJS patch 0011 keeps where the `throw` statement ran.
    const char* file = nullptr;
    int l = 0, col = 0;
    if (JS_GetThrowSite(c, exc, &file, &l, &col) == 1) {
      if (source.filename == file) thrown_at = {l, col};
      JS_FreeCString(c, file);
    }
  }

  // Position: the parser records it on SyntaxErrors; otherwise the first frame in the artifact.
  int line = 0, column = 0;
  bool found = false;
  if (source.during_compile) {
    const auto l = int_property(c, exc, "lineNumber");
    const auto col = int_property(c, exc, "columnNumber");
    if (l && col) {
      line = *l;
      column = *col;
      found = true;
    }
  }
  if (!found) found = find_frame(frames, source.filename, line, column);
  if (!found && thrown_at) {
    std::tie(line, column) = *thrown_at;
    found = true;
  }
  if (found) {
    const int raw_line = line, raw_column = column;
    if (source.rewrite) source.rewrite->map_back(line, column);
    if (undefined_id) column = column_of_identifier(source.text, line, column, *undefined_id);
    if (thrown_at) {
      frames = "    at " + std::string(source.filename) + ":" + std::to_string(line) + ":" + std::to_string(column);
    } else if (line != raw_line || column != raw_column) {
      frames = rewrite_frames(frames, source.filename, [&](int index, int& l, int& col) {
        if (index == 0) {
          l = line;
          col = column;
        } else if (source.rewrite) {
          source.rewrite->map_back(l, col);
        }
      });
    }
    info.line = line;
    info.column = column;
  }

  // Kind.
  Deadline& deadline = ctx.runtime().deadline();
  if (deadline.expired()) {
    ErrorInfo stopped = deadline.cancelled() ? ErrorInfo::cancelled() : ErrorInfo::timeout(limits.timeout_ms);
    info.kind = stopped.kind;
    info.name = std::move(stopped.name);
    info.message = std::move(stopped.message);  // the stack stays the engine's
  } else if (source.during_compile) {
    // Nesting too deep for the parser (100,000 brackets) is the stack limit, as at run time.
    const bool overflow = info.message.ends_with("stack overflow");
    info.kind = overflow ? ErrorKind::kStack : ErrorKind::kSyntax;
    if (found) {
      if (auto message = module_declaration_message(source.text, line, column)) {
        info.message = std::move(*message);
        info.column = column;
      }
    }
  } else if (ctx.is_limit_error(exc)) {
    info.kind = ErrorKind::kLimit;
  } else if ((JS_IsNull(exc) || JS_VALUE_GET_TAG(exc) == JS_TAG_UNINITIALIZED) &&
             ctx.runtime().allocation_failed()) {
    // Out of memory while building the error object itself: QuickJS throws null then.
    info.kind = ErrorKind::kMemory;
    info.name = "InternalError";
    info.message = "InternalError: out of memory (memory limit " + format_mb(limits.memory_bytes) + ")";
  } else if (info.message.size() >= 14 &&
             info.message.compare(info.message.size() - 14, 14, "stack overflow") == 0) {
    info.kind = ErrorKind::kStack;  // also JSON.parse's and the regexp compiler's
  } else if (info.name == "InternalError") {
    if (info.message == "InternalError: out of memory" ||
        info.message == "InternalError: string too long" ||
        info.message == "InternalError: invalid array length") {
      info.kind = ErrorKind::kMemory;
      info.message += " (memory limit " + format_mb(limits.memory_bytes) + ")";
    } else if (info.message == "InternalError" && ctx.runtime().allocation_failed()) {
      // The out-of-memory error got its object but no room for its message.
      info.kind = ErrorKind::kMemory;
      info.message = "InternalError: out of memory (memory limit " + format_mb(limits.memory_bytes) + ")";
      frames.clear();
    }
  }

  // QuickJS's stack holds only the frames; lead with the message, as V8 and Node do.
  frames = cap_frames(frames);
  while (!frames.empty() && frames.back() == '\n') frames.pop_back();
  info.stack = frames.empty() ? info.message : info.message + "\n" + frames;
  return info;
}

}  // namespace llmos::engine
