#include "engine/context.hpp"

#include <algorithm>

#include "common/check.hpp"
#include "engine/builtin.hpp"

namespace llmos::engine {
namespace {

// Every route to compiling a string at run time ends here.
JSValue refuse_code_generation(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  Value global(ctx, JS_GetGlobalObject(ctx));
  Value ctor = global.property("EvalError");
  JSValueConst msg_arg;
  Value msg(ctx, JS_NewString(ctx, "Code generation from strings is not allowed in llmos artifacts"));
  msg_arg = msg.get();
  Value err(ctx, JS_CallConstructor(ctx, ctor.get(), 1, &msg_arg));
  if (err.is_exception()) return JS_EXCEPTION;
  return JS_Throw(ctx, err.release());
}

JSModuleDef* refuse_module(JSContext* ctx, const char* name, void*) {
  JS_ThrowTypeError(ctx, "cannot import '%s': modules are not available in llmos artifacts", name);
  return nullptr;
}

}  // namespace

Context::Context(Runtime& runtime) : runtime_(runtime), ctx_(JS_NewContext(runtime.get())) {
  LLMOS_CHECK(ctx_ != nullptr);
  JS_SetContextOpaque(ctx_, this);
  JS_SetHostPromiseRejectionTracker(runtime.get(), &Context::on_rejection, this);
  JS_SetIntrinsicRealizedHook(runtime.get(), &Context::on_intrinsics_created);
  JS_SetModuleLoaderFunc(runtime.get(), nullptr, &refuse_module, nullptr);
  // The refusal is thrown inside the import() call, so an uncaught one has its line and column.
  JS_SetImportRefusedAtCall(runtime.get(), 1);
  harden();
}

Context::~Context() {
  // Values referring into the context must go before it does.
  loop_.clear_all();
  intrinsic_waiters_.clear();
  limit_errors_.clear();
  unhandled_.clear();
  unhandled_promises_.clear();
  inspector_.reset();
  intrinsics_ = {};
  finish_hooks_.clear();
  host_state_.reset();  // may hold values of the context (a module's objects)
  JS_SetHostPromiseRejectionTracker(runtime_.get(), nullptr, nullptr);
  JS_FreeContext(ctx_);
}

void Context::when_intrinsics_exist(int groups, std::function<void()> fn) {
  if ((JS_GetRealizedIntrinsics(ctx_) & groups) == groups) {
    fn();
    return;
  }
  intrinsic_waiters_.emplace_back(groups, std::move(fn));
}

void Context::on_intrinsics_created(JSContext* ctx, int /*groups*/) {
  auto* self = static_cast<Context*>(JS_GetContextOpaque(ctx));
  if (self == nullptr) return;
  // Taken out before any runs: a waiter may create another group, which calls back in here.
  const int have = JS_GetRealizedIntrinsics(ctx);
  std::vector<std::function<void()>> ready;
  auto& waiters = self->intrinsic_waiters_;
  for (auto it = waiters.begin(); it != waiters.end();) {
    if ((have & it->first) == it->first) {
      ready.push_back(std::move(it->second));
      it = waiters.erase(it);
    } else {
      ++it;
    }
  }
  for (auto& fn : ready) fn();
}

namespace {
thread_local std::vector<std::pair<Value, Value>>* t_entries = nullptr;

JSValue collect_entry(JSContext* c, JSValueConst, int argc, JSValueConst* argv) {
  if (t_entries != nullptr && argc >= 2) t_entries->emplace_back(Value::dup(c, argv[1]), Value::dup(c, argv[0]));
  return JS_UNDEFINED;
}
}  // namespace

bool Context::collection_entries(JSValueConst collection, bool is_set, std::vector<std::pair<Value, Value>>& out) const {
  Value collector(ctx_, JS_NewCFunction(ctx_, &collect_entry, "collect", 2));
  if (collector.is_exception()) return false;
  auto* const saved = t_entries;  // a getter run by the conversion may convert another collection
  t_entries = &out;
  JSValueConst arg = collector.get();
  const Value& for_each = is_set ? intrinsics_.set_for_each : intrinsics_.map_for_each;
  Value r(ctx_, JS_Call(ctx_, for_each.get(), collection, 1, &arg));
  t_entries = saved;
  return !r.is_exception();
}

Context& Context::from(JSContext* ctx) {
  auto* self = static_cast<Context*>(JS_GetContextOpaque(ctx));
  LLMOS_CHECK(self != nullptr);
  return *self;
}

void Context::harden() {
  Value g = global();
  const auto proto_method = [&](const char* ctor, const char* method) {
    return g.property(ctor).property("prototype").property(method);
  };
  intrinsics_.map_for_each = proto_method("Map", "forEach");
  intrinsics_.set_for_each = proto_method("Set", "forEach");
  when_intrinsics_exist(JS_INTRINSIC_DATE, [this] {
    // From the original constructor, whatever the global holds. Out of memory leaves
    // date_to_iso undefined, and the result conversion writes a Date it cannot call it on as null.
    Value method = BuiltinReader(ctx_).path("Date.prototype.toISOString").make(ctx_);
    if (method.is_exception()) {
      Value ignored(ctx_, JS_GetException(ctx_));
      return;
    }
    intrinsics_.date_to_iso = std::move(method);
  });
  intrinsics_.boolean_value_of = proto_method("Boolean", "valueOf");
  intrinsics_.regexp_to_string = proto_method("RegExp", "toString");

  const auto remove = [&](const char* name) {
    JSAtom atom = JS_NewAtom(ctx_, name);
    JS_DeleteProperty(ctx_, g.get(), atom, 0);
    JS_FreeAtom(ctx_, atom);
  };
  for (const char* name : kRemovedGlobals) remove(name);

  // Replace each function constructor (Function, AsyncFunction, GeneratorFunction,
  // AsyncGeneratorFunction) wherever it is reachable: the global binding and the `constructor`
  // property of its prototype. The originals then have no path left from artifact code.
  // The prototypes come from the engine (patches/quickjs/0014-…): compiling a function of each
  // kind to reach them was 8% of building a sandbox.
  static constexpr const char* kNames[] = {"Function", "AsyncFunction", "GeneratorFunction",
                                           "AsyncGeneratorFunction"};
  for (int i = 0; i < 4; ++i) {
    Value proto(ctx_, JS_GetFunctionKindPrototype(ctx_, i));
    LLMOS_CHECK(JS_IsObject(proto.get()));
    const JSValueConst proto_v = proto.get();
    Value replacement(ctx_, JS_NewCFunction2(ctx_, &refuse_code_generation, kNames[i], 1,
                                             JS_CFUNC_constructor_or_func, 0));
    JS_DefinePropertyValueStr(ctx_, replacement.get(), "prototype", JS_DupValue(ctx_, proto_v), 0);
    JS_DefinePropertyValueStr(ctx_, proto_v, "constructor", JS_DupValue(ctx_, replacement.get()),
                              JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
    if (i == 0) {
      JS_DefinePropertyValueStr(ctx_, g.get(), "Function", replacement.release(),
                                JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
    }
  }
}

void Context::define_function(JSValueConst obj, const char* name, JSCFunction* fn,
                              int length) const {
  JS_DefinePropertyValueStr(ctx_, obj, name, JS_NewCFunction(ctx_, fn, name, length),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

void Context::define_function(JSValueConst obj, const char* name, JSCFunctionMagic* fn,
                              int length, int magic) const {
  JS_DefinePropertyValueStr(ctx_, obj, name,
                            JS_NewCFunctionMagic(ctx_, fn, name, length, JS_CFUNC_generic_magic, magic),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

void Context::define_value(JSValueConst obj, const char* name, Value v) const {
  JS_DefinePropertyValueStr(ctx_, obj, name, v.release(),
                            JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
}

Value Context::run_embedded(const EmbeddedScript& script) const {
  Value fn(ctx_, JS_ReadObject(ctx_, script.bytecode, script.size, JS_READ_OBJ_BYTECODE | JS_READ_OBJ_ROM_DATA));
  if (fn.is_exception()) return fn;
  return Value(ctx_, JS_EvalFunction(ctx_, fn.release()));
}

JSValue Context::throw_limit_error(JsErrorType type, const std::string& message) {
  if (type == JsErrorType::kRangeError)
    JS_ThrowRangeError(ctx_, "%s", message.c_str());
  else if (type == JsErrorType::kTypeError)
    JS_ThrowTypeError(ctx_, "%s", message.c_str());
  else
    JS_ThrowInternalError(ctx_, "%s", message.c_str());
  Value err(ctx_, JS_GetException(ctx_));
  limit_errors_.push_back(err);
  return JS_Throw(ctx_, err.release());
}

bool Context::is_limit_error(JSValueConst error) const {
  if (!JS_IsObject(error)) return false;
  return std::any_of(limit_errors_.begin(), limit_errors_.end(), [&](const Value& v) {
    return JS_VALUE_GET_PTR(v.get()) == JS_VALUE_GET_PTR(error);
  });
}

std::optional<Value> Context::unhandled_rejection(JSValueConst except) const {
  for (std::size_t i = 0; i < unhandled_promises_.size(); ++i) {
    if (JS_VALUE_GET_PTR(unhandled_promises_[i].get()) != JS_VALUE_GET_PTR(except))
      return unhandled_[i];
  }
  return std::nullopt;
}

void Context::on_rejection(JSContext* ctx, JSValueConst promise, JSValueConst reason,
                           JS_BOOL is_handled, void* opaque) {
  auto* self = static_cast<Context*>(opaque);
  if (self == nullptr || self->ctx_ != ctx) return;
  auto& promises = self->unhandled_promises_;
  if (!is_handled) {
    promises.push_back(Value::dup(ctx, promise));
    self->unhandled_.push_back(Value::dup(ctx, reason));
    return;
  }
  for (std::size_t i = 0; i < promises.size(); ++i) {
    if (JS_VALUE_GET_PTR(promises[i].get()) == JS_VALUE_GET_PTR(promise)) {
      promises.erase(promises.begin() + static_cast<std::ptrdiff_t>(i));
      self->unhandled_.erase(self->unhandled_.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

}  // namespace llmos::engine
