#pragma once
#include "engine/context.hpp"

namespace llmos::kernel {

// Installs LLMOS.storage (on `llmos`): get(key), set(key, value), remove(key), keys(), clear(),
// each returning a promise. Values are JSON: set stores JSON.stringify(value) (undefined is
// stored as null, as localForage does; a function, symbol, BigInt or cycle is a TypeError) and
// get resolves to the parsed value, or null when the key is missing. Keys are non-empty
// strings. The data lives in <data dir>/storage.db under the artifact id of the run, both read
// when the call is made; nothing is created before the first call.
void install_storage(engine::Context& ctx, JSValueConst llmos);

}  // namespace llmos::kernel
