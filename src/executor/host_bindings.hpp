#pragma once
// Functions and globals an embedding program injects into every context of its runtime (the
// public API's inject_function / inject_global, the seed's injectFunction / injectGlobal).
// JSON crosses the boundary in both directions, so the embedder never sees engine values.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace llmos::engine {
class Context;
}

namespace llmos {
struct Limits;
}

namespace llmos::executor {

// Called with the arguments as a JSON array (converted as results are, CONTRACT §2); returns
// the JSON text of the return value ("" for undefined). What it throws becomes an Error with
// the exception's message inside the artifact.
using HostFunction = std::function<std::string(const std::string& args_json)>;

struct HostBindings {
  std::vector<std::pair<std::string, HostFunction>> functions;
  std::vector<std::pair<std::string, std::string>> globals;  // name, JSON text
};

// Why `name` cannot be injected (not an identifier, a reserved word, or a global the sandbox
// already has), or nullopt.
std::optional<std::string> check_host_name(std::string_view name);
// Why `json` is not JSON text, or nullopt.
std::optional<std::string> check_json(std::string_view json);

// Defines the bindings on the context's global object, after the LLMOS API and before the
// artifact. `limits` bounds the conversion of arguments. Returns the error message of a
// binding that cannot be installed.
std::optional<std::string> install_host_bindings(engine::Context& ctx,
                                                 std::shared_ptr<const HostBindings> bindings,
                                                 const Limits& limits);

}  // namespace llmos::executor
