#include "kernel/stdlib.hpp"

#include "engine/context.hpp"
#include "kernel/embedded_js.hpp"

namespace llmos::kernel {
namespace {

using engine::CString;
using engine::Value;

std::string_view bytes_of(const engine::EmbeddedScript& s) {
  return {reinterpret_cast<const char*>(s.bytecode), s.size};
}

// The pending exception as text, for the error message (and cleared).
std::string take_exception(JSContext* c) {
  Value exc(c, JS_GetException(c));
  CString text(c, exc.get());
  return text.ok() ? std::string(text.view()) : std::string("an exception that cannot be shown");
}

}  // namespace

const std::array<StdlibFile, 2>& stdlib_files() {
  static const std::array<StdlibFile, 2> files = {{
      {"init.jsbc", bytes_of(js::init)},
      {"stdlib.jsbc", bytes_of(js::stdlib)},
  }};
  return files;
}

std::shared_ptr<const Stdlib> embedded_stdlib() {
  static const auto lib = [] {
    auto l = std::make_shared<Stdlib>();
    for (std::size_t i = 0; i < l->bytecode.size(); ++i) l->bytecode[i] = stdlib_files()[i].embedded;
    l->origin = "embedded";
    return std::shared_ptr<const Stdlib>(std::move(l));
  }();
  return lib;
}

std::optional<std::string> install_stdlib(engine::Context& ctx, const Stdlib& lib, StdlibInfo* info) {
  JSContext* c = ctx.get();
  Value global = ctx.global();
  Value llmos = global.property("LLMOS");
  if (!llmos.is_object()) return std::string("the LLMOS object is not installed");
  static constexpr const char* kNames[] = {"llmos:init.js", "llmos:stdlib.js"};
  for (std::size_t i = 0; i < lib.bytecode.size(); ++i) {
    const engine::EmbeddedScript script{kNames[i], reinterpret_cast<const std::uint8_t*>(lib.bytecode[i].data()),
                                        lib.bytecode[i].size()};
    Value factory = ctx.run_embedded(script);
    if (factory.is_exception()) return std::string(kNames[i]) + ": " + take_exception(c);
    JSValueConst args[] = {llmos.get(), info != nullptr ? JS_TRUE : JS_FALSE};
    Value ret(c, JS_Call(c, factory.get(), JS_UNDEFINED, 2, args));
    if (ret.is_exception()) return std::string(kNames[i]) + ": " + take_exception(c);
    if (i == 0 && info != nullptr && ret.is_object()) {
      CString banner(c, ret.property("banner").get());
      info->banner = std::string(banner.view());
      Value modules = ret.property("modules");
      uint32_t n = 0;
      if (JS_ToUint32(c, &n, modules.property("length").get()) == 0) {
        for (uint32_t k = 0; k < n; ++k) {
          Value m(c, JS_GetPropertyUint32(c, modules.get(), k));
          CString name(c, m.get());
          info->modules.emplace_back(name.view());
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace llmos::kernel
