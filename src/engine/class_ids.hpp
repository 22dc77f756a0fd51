#pragma once
// QuickJS's built-in class ids are internal (an enum in quickjs.c), but fixed for the pinned
// release 2025-04-26. tests/unit/engine/class_ids_test.cpp checks every value used here.
#include <quickjs.h>

namespace llmos::engine::class_id {

inline constexpr JSClassID kObject = 1;
inline constexpr JSClassID kArray = 2;
inline constexpr JSClassID kError = 3;
inline constexpr JSClassID kNumber = 4;
inline constexpr JSClassID kString = 5;
inline constexpr JSClassID kBoolean = 6;
inline constexpr JSClassID kSymbol = 7;
inline constexpr JSClassID kArguments = 8;
inline constexpr JSClassID kMappedArguments = 9;
inline constexpr JSClassID kDate = 10;
inline constexpr JSClassID kRegExp = 18;
inline constexpr JSClassID kArrayBuffer = 19;
inline constexpr JSClassID kUint8cArray = 21;  // first typed array
inline constexpr JSClassID kBigInt64Array = 28;
inline constexpr JSClassID kBigUint64Array = 29;
inline constexpr JSClassID kFloat64Array = 31;  // last typed array
inline constexpr JSClassID kDataView = 32;
inline constexpr JSClassID kBigInt = 33;
inline constexpr JSClassID kMap = 34;
inline constexpr JSClassID kSet = 35;
inline constexpr JSClassID kWeakMap = 36;
inline constexpr JSClassID kWeakSet = 37;
inline constexpr JSClassID kProxy = 44;
inline constexpr JSClassID kPromise = 45;

inline bool is_typed_array(JSClassID id) { return id >= kUint8cArray && id <= kFloat64Array; }

}  // namespace llmos::engine::class_id
