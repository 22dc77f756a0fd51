#pragma once
// Converts a JavaScript value to JSON text by the rules of CONTRACT §2: undefined, NaN and
// ±Infinity → null, BigInt → decimal string, functions → "[Function name]", cycles →
// "[Circular]", Map → object, Set and typed arrays → arrays, Date → ISO string. Getters and
// toJSON run (as in JSON.stringify) under the execution's deadline. Output past the byte cap
// or nesting past the depth cap is cut and marked, never a crash.
#include <quickjs.h>

#include <string>

#include "common/limits.hpp"
#include "engine/context.hpp"

namespace llmos::engine {

struct JsonConversion {
  enum class Status { kOk, kException, kTimeout };
  Status status = Status::kOk;
  std::string json;       // valid JSON text when status is kOk
  bool truncated = false; // the value was cut (size or depth cap)
};

JsonConversion to_json(Context& ctx, JSValueConst value, const Limits& limits);

}  // namespace llmos::engine
