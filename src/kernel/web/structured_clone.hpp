#pragma once
#include "engine/builtin.hpp"
#include "engine/context.hpp"

namespace llmos::kernel {

// The built-ins structuredClone makes its copies with, captured when the context is created
// (before any artifact code could replace Map or Set.prototype.add).
struct CloneBuiltins {
  engine::Builtin map_ctor, map_set, set_ctor, set_add, regexp_ctor;
};
CloneBuiltins capture_clone_builtins(JSContext* c);

// structuredClone(value): a deep copy as the HTML standard's structured clone makes it (plain
// objects and arrays with their own enumerable properties, Map, Set, Date, RegExp, Error,
// ArrayBuffer and typed arrays, boxed primitives; shared and circular references kept as they
// are); a function, symbol, promise, weak collection, proxy or host object is a DataCloneError.
JSValue structured_clone(JSContext* c, const CloneBuiltins& builtins, JSValueConst value);

}  // namespace llmos::kernel
