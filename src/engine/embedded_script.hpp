#pragma once
// JavaScript compiled to QuickJS bytecode at build time (cmake/EmbedJs.cmake, tools/jsc).
#include <cstddef>
#include <cstdint>

namespace llmos::engine {

struct EmbeddedScript {
  const char* name;  // "llmos:inspect.js", as it appears in stack traces
  const std::uint8_t* bytecode;
  std::size_t size;
};

}  // namespace llmos::engine
