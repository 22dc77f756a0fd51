#include "kernel/llmos_api.hpp"

#include "kernel/dom/dom_bindings.hpp"
#include "kernel/log/log_bindings.hpp"
#include "kernel/quantum/quantum_bindings.hpp"
#include "kernel/storage/storage_bindings.hpp"
#include "kernel/utils/utils_bindings.hpp"
#include "kernel/viz/viz_bindings.hpp"
#include "kernel/web/web_bindings.hpp"

namespace llmos::kernel {

void install_api(engine::Context& ctx) {
  JSContext* c = ctx.get();
  ctx.set_host_state(std::make_shared<KernelState>());
  engine::Value llmos = ctx.new_object();
  ctx.define_value(llmos.get(), "version", engine::Value(c, JS_NewString(c, kApiVersion)));
  install_log(ctx, llmos.get());
  install_utils(ctx, llmos.get());
  install_storage(ctx, llmos.get());
  install_dom(ctx, llmos.get());
  install_quantum(ctx, llmos.get());
  install_viz(ctx, llmos.get());
  install_web(ctx);
  ctx.on_finish(&finish_dom);  // last: it places the canvases the hooks before it collected
  engine::Value global = ctx.global();
  JS_DefinePropertyValueStr(c, global.get(), "LLMOS", llmos.release(),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

}  // namespace llmos::kernel
