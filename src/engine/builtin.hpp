#pragma once
// Built-ins kept as the context had them when it was created, for the API's JavaScript halves
// (the log module's inspector, the stdlib): captured before any artifact code runs, so an
// artifact that replaces Array.prototype.map or Math.round changes nothing they do.
//
// QuickJS creates a built-in method or accessor only when it is first used (an entry of a
// static function list until then). Capturing never creates one: it keeps the entry and makes a
// function from it when the JavaScript half is built. That copy is not the original object, but
// it calls the same native code and no artifact can have reached it. Creating them at capture
// cost every idle context 16 KB for the log module alone.
#include <quickjs.h>

#include <atomic>
#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/value.hpp"

namespace llmos::engine {

class Builtin {
 public:
  Builtin() = default;
  explicit Builtin(Value value) : value_(std::move(value)) {}
  explicit Builtin(const JSCFunctionListEntry* entry) : entry_(entry) {}

  // The captured value (undefined when the path did not resolve), or a new function made from
  // the entry; an exception when that cannot be allocated now.
  Value make(JSContext* c) const;
  // The static entry it makes its function from, or nullptr when it holds a value.
  const JSCFunctionListEntry* entry() const { return entry_; }

 private:
  Value value_;
  const JSCFunctionListEntry* entry_ = nullptr;
};

// A built-in a JavaScript half reads as P[name], captured from `path` (BuiltinReader).
struct NamedBuiltin {
  const char* name;
  const char* path;
};

// Defines obj[name] (enumerable) as b.make(): false, with the exception pending, when it cannot.
bool define_builtin(JSContext* c, JSValueConst obj, const char* name, const Builtin& b);

// Reads built-ins from one context's global object. A path is `.`-separated property names,
// `<proto>` for [[Prototype]], `@@name` for the well-known symbol Symbol.name; a leading `get `
// takes the getter of the last (own) accessor. A path that does not resolve gives undefined.
// A path from Date or a typed-array global starts from the original constructor and creates
// that group (Context::when_intrinsics_exist says when to read one without creating it).
class BuiltinReader {
 public:
  explicit BuiltinReader(JSContext* c);
  Builtin path(std::string_view path) const;
  // The lazily created intrinsic group (JS_INTRINSIC_*) the root of `path` belongs to, or 0.
  int group_of(std::string_view path) const;
  // holder's own (or inherited) property `name`.
  Builtin own(JSValueConst holder, const char* name) const;

 private:
  Builtin resolve(std::string_view path, bool eager) const;

  JSContext* c_;
  Value global_;
  Value symbol_ctor_;
};

// The paths of a static table, read in every new context (the log module's primordials, the
// stdlib's built-ins). A path that resolves to an entry of a static function list does so in
// every context: they are all made alike, the entries are the binary's own data, and a function
// made from one is the original whatever an artifact has done since. The first resolution is
// kept for the process, which spares each new sandbox the walk (9% of building one). Paths
// that resolve to a value of the context are read each time.
class BuiltinTable {
 public:
  explicit BuiltinTable(std::size_t size) : entries_(size) {}
  Builtin read(const BuiltinReader& reader, std::size_t index, std::string_view path);

 private:
  std::vector<std::atomic<const JSCFunctionListEntry*>> entries_;  // nullptr: not (yet) known
};

}  // namespace llmos::engine
