#pragma once
// Result<T>: a value or an Error, for code that can fail on bad input. (std::expected is C++23.)
#include <string>
#include <utility>
#include <variant>

#include "common/check.hpp"

namespace llmos {

struct Error {
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { LLMOS_CHECK(ok()); return std::get<0>(v_); }
  const T& value() const& { LLMOS_CHECK(ok()); return std::get<0>(v_); }
  T&& value() && { LLMOS_CHECK(ok()); return std::get<0>(std::move(v_)); }
  const Error& error() const { LLMOS_CHECK(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace llmos
