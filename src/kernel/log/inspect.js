/*
 * llmos kernel — Node.js 20 compatible util.format / util.inspect for QuickJS.
 *
 * This file is ONE function expression. The host evaluates it as a script, calls
 * the resulting factory at most once per context and keeps the returned functions:
 *
 *   const { format, inspect, formatWithOptions, table } = factory(hooks, primordials);
 *
 * The host captures the built-ins this code relies on natively, when it creates
 * the context and before any untrusted code runs (log_bindings.cpp,
 * kPrimordials), and calls the factory only when a console call first needs
 * it: a context that never logs an object pays for neither. The factory reads
 * nothing but its arguments, so it is as safe after a script replaced
 * Object.keys or Array.prototype.sort as before; the bulk of the
 * implementation (inspect_format.js) is instantiated on the first
 * format/inspect call.
 *
 * It is a port of Node v20's lib/internal/util/inspect.js (formatValue,
 * formatRaw, reduceToSingleString, groupArrayElements, strEscape,
 * formatWithOptionsInternal, ...). The layout decisions (when to break lines,
 * how to group array columns, how to quote strings) are copied verbatim so the
 * output is byte-identical to Node's for the same value. What differs is how
 * values are *classified*: Node asks V8 (isMap, isPromise, getProxyDetails,
 * previewEntries...); here we use side-effect free brand checks (calling a
 * captured built-in getter such as Map.prototype.size inside try/catch).
 *
 * Security / robustness model
 * ---------------------------
 * The code runs in the same realm as untrusted code, which may later replace
 * Array.prototype.join, Object.keys, String.prototype.replace, JSON.stringify,
 * Symbol.iterator, install index setters on Array.prototype, etc. Therefore:
 *   - every built-in used is captured when the context is created ("primordials");
 *     methods are uncurried with a captured Function.prototype.call/bind;
 *   - no for-of, no array spread / array destructuring (they use the mutable
 *     %ArrayIteratorPrototype%.next), no String/RegExp methods that dispatch
 *     through Symbol.replace/split, no regexps except via the captured exec;
 *   - no template literals: QuickJS compiles `a${b}` into a call of the
 *     String.prototype.concat current at run time. Strings are joined with
 *     `+`, or with the captured concat where a part may be an object (so that
 *     its ToString is the one a template literal would do);
 *   - the built-in prototypes and constructors are recognised by identity,
 *     with names snapshotted by the factory: a replaced `constructor`, `name`,
 *     Symbol.hasInstance or Symbol.iterator on them, or a replaced accessor
 *     such as TypedArray.prototype.byteLength, changes nothing;
 *   - every internal list is a null-prototype array (newList) so that an
 *     index setter on Array.prototype cannot intercept our writes;
 *   - every descriptor we read is re-parented to null (getOwnDesc) so that
 *     `Object.prototype.get = ...` cannot confuse data vs accessor properties;
 *   - any exception thrown while looking at a user object (a Proxy trap, a
 *     throwing toStringTag getter, a custom inspect function...) is caught and
 *     rendered as `[Inspection threw <Name>: <message>]` in place of the value.
 *     Two errors are deliberately NOT swallowed: the engine's uncatchable
 *     interrupt (time limit; catch blocks never see it) and QuickJS's
 *     `InternalError: out of memory`, which is re-thrown so the host can report
 *     `kind: "memory"` instead of printing a marker and running on.
 *   - getters are never invoked (same as Node) except where Node itself does a
 *     [[Get]]: `constructor`, `Symbol.toStringTag`, the custom inspect symbol,
 *     `name`/`message`/`stack`/`cause`/`errors` of errors, `name` of functions,
 *     `byteLength`/`buffer` of buffers/DataViews.
 *   - no eval / Function constructor is used; nothing is written to globalThis.
 *
 * Optional host hooks (argument of the factory; every member is optional)
 * ----------------------------------------------------------------------
 *   promiseState(v) -> undefined if v is not a promise, else [state, result]
 *       with state 0 = pending, 1 = fulfilled, 2 = rejected.
 *       C: JS_PromiseState(ctx, v) (-1 for non-promises) + JS_PromiseResult.
 *   proxyDetails(v) -> undefined if v is not a Proxy, else [target, handler]
 *       ([null, null] when revoked). C: JS_GetClassID(v) equals the class id
 *       of any Proxy (read once at startup from `new Proxy({}, {})`), then
 *       JS_GetOpaque(v, thatId) points at quickjs.c's internal
 *       `struct { JSValue target, handler; uint8_t is_func, is_revoked; }`.
 * Hooks are called as plain functions, must not throw and must not run JS.
 * Without them, see differences 1 and 2 below.
 *
 * Known differences from Node 20 (all but the last caused by QuickJS lacking
 * V8's introspection; the cases in tests/unit/kernel/inspect_cases/cases.js
 * that show them are marked `known` or carry an explicit `expect`):
 *   1. Promises without the promiseState hook print `Promise { <unknown> }`:
 *      QuickJS gives JS no way to read a promise's state without side effects
 *      (then() marks rejections as handled and queues jobs). Detection then
 *      relies on the prototype chain, so Object.create(Promise.prototype)
 *      also prints `Promise { <unknown> }` (Node: `Promise {}`).
 *   2. Proxies without the proxyDetails hook are inspected through their traps
 *      (Node shows the target without calling traps). Benign proxies print the
 *      same as Node; a throwing trap yields an `[Inspection threw ...]` marker;
 *      `%o` shows the object instead of `Proxy [ target, handler ]`.
 *   3. Map/Set iterators print `[Map Iterator] { <items unknown> }` /
 *      `[Set Iterator] { <items unknown> }`: their remaining entries cannot be
 *      previewed without consuming them (Node: `[Map Entries] { [ 'a', 1 ] }`).
 *      Likewise WeakMap/WeakSet contents under showHidden / `%o`.
 *   4. Error stacks: QuickJS's `err.stack` holds only the frames
 *      ("    at f (file:1:2)\n"), so the "Name: message" header is synthesized
 *      from the error's current name/message when printing (V8 captures it at
 *      construction). Frame text naturally differs between engines.
 *   5. An object whose prototype was set to null prints
 *      `[Object: null prototype]` even if `class Foo` created it (V8 remembers
 *      the class: `[Foo: null prototype]`).
 *   6. Async/generator functions are recognised by their prototype chain and
 *      classes by Function.prototype.toString returning source text: if the
 *      host strips function source (JS_STRIP_SOURCE) for user code, classes
 *      print as `[Function: A]`.
 *   7. Extra non-index properties of typed arrays and of dense arrays longer
 *      than kMaxKeyScan (16384) elements are not listed: finding them needs
 *      an O(length) key enumeration, which for a 10^8-element typed array
 *      would exhaust memory. Node lists them. (Sparse arrays are scanned.)
 *   8. Column widths for grouped arrays use Node's non-ICU width tables for
 *      non-ASCII text (Node uses ICU's East-Asian-width data); they agree for
 *      common CJK and emoji.
 *   9. With showHidden (`%o`), own-property order of built-ins follows QuickJS
 *      (e.g. errors list `message` before `stack`; V8 the reverse), and sloppy
 *      functions have no `arguments`/`caller` own properties.
 *  10. Exotic built-in objects (Map, Date, ArrayBuffer, boxed primitives...)
 *      whose prototype was replaced by an unrelated non-null object, e.g.
 *      Reflect.construct(Map, [], Foo), print as ordinary objects (`Foo {}`):
 *      brand checks cost an exception each in QuickJS, so they only run when
 *      the built-in prototype is on the chain or there is no prototype.
 *  11. By design: where Node lets an exception from user code escape
 *      util.format (a throwing toString under %s, valueOf under %d, toJSON or
 *      BigInt under %j, a throwing Symbol.toStringTag getter or custom inspect
 *      function), the value is rendered as `[Inspection threw Name: message]`
 *      and formatting continues.
 */
(function (hooks, P) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Primordials. The host captured every built-in used here natively, when it
  // created the context and before any untrusted code ran, and hands them over
  // as P (a null-prototype object; log_bindings.cpp, kPrimordials). This factory
  // runs on the first console call that needs it, when artifact code may long
  // have replaced Object.keys or Array.prototype.sort: so nothing here may read
  // a global or a property of a built-in. Everything comes from P, and the
  // only calls made now are of captured functions, on values of our own.
  // ---------------------------------------------------------------------------
  const ReflectApply = P.ReflectApply;
  const ReflectOwnKeys = P.ReflectOwnKeys;
  const FunctionPrototype = P.FunctionPrototype;
  // uncurryThis(fn)(self, ...args) === fn.call(self, ...args), immune to later
  // changes of Function.prototype.call/bind because bound functions keep their
  // target internally. Built as bind.bind(call) with the captured functions.
  const uncurryThis = ReflectApply(P.FunctionPrototypeBind, P.FunctionPrototypeBind,
                                   [P.FunctionPrototypeCall]);

  const ObjectPrototype = P.ObjectPrototype;
  const ObjectKeys = P.ObjectKeys;
  const ObjectGetOwnPropertyNames = P.ObjectGetOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = P.ObjectGetOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = P.ObjectGetOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = P.ObjectGetPrototypeOf;
  const ObjectSetPrototypeOf = P.ObjectSetPrototypeOf;
  const ObjectDefineProperty = P.ObjectDefineProperty;
  const ObjectFreeze = P.ObjectFreeze;
  const ObjectPrototypeHasOwnProperty = uncurryThis(P.ObjectPrototypeHasOwnProperty);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(P.ObjectPrototypePropertyIsEnumerable);
  const ObjectPrototypeToString = uncurryThis(P.ObjectPrototypeToString);

  const ArrayIsArray = P.ArrayIsArray;
  const ArrayPrototype = P.ArrayPrototype;
  const ArrayPrototypeSort = uncurryThis(P.ArrayPrototypeSort);

  const StringCtor = P.StringCtor;
  const StringPrototype = P.StringPrototype;
  const StringPrototypeCharCodeAt = uncurryThis(P.StringPrototypeCharCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(P.StringPrototypeCodePointAt);
  const StringPrototypeSlice = uncurryThis(P.StringPrototypeSlice);
  const StringPrototypeIndexOf = uncurryThis(P.StringPrototypeIndexOf);
  const StringPrototypeIncludes = uncurryThis(P.StringPrototypeIncludes);
  const StringPrototypeStartsWith = uncurryThis(P.StringPrototypeStartsWith);
  const StringPrototypeEndsWith = uncurryThis(P.StringPrototypeEndsWith);
  const StringPrototypeRepeat = uncurryThis(P.StringPrototypeRepeat);
  const StringPrototypePadStart = uncurryThis(P.StringPrototypePadStart);
  const StringPrototypePadEnd = uncurryThis(P.StringPrototypePadEnd);
  const StringPrototypeToLowerCase = uncurryThis(P.StringPrototypeToLowerCase);
  const StringPrototypeNormalize = uncurryThis(P.StringPrototypeNormalize);
  const StringPrototypeValueOf = uncurryThis(P.StringPrototypeValueOf);
  const StringPrototypeConcat = uncurryThis(P.StringPrototypeConcat);

  const NumberCtor = P.NumberCtor;
  const NumberIsNaN = P.NumberIsNaN;
  const NumberIsFinite = P.NumberIsFinite;
  const NumberParseInt = P.NumberParseInt;
  const NumberParseFloat = P.NumberParseFloat;
  const NumberPrototype = P.NumberPrototype;
  const NumberPrototypeToString = uncurryThis(P.NumberPrototypeToString);
  const NumberPrototypeValueOf = uncurryThis(P.NumberPrototypeValueOf);
  const BooleanPrototype = P.BooleanPrototype;
  const BooleanPrototypeValueOf = uncurryThis(P.BooleanPrototypeValueOf);
  const BigIntPrototype = P.BigIntPrototype;
  const BigIntPrototypeValueOf = uncurryThis(P.BigIntPrototypeValueOf);

  const SymbolIterator = P.SymbolIterator;
  const SymbolToStringTag = P.SymbolToStringTag;
  const SymbolToPrimitive = P.SymbolToPrimitive;
  const SymbolHasInstance = P.SymbolHasInstance;
  const SymbolPrototype = P.SymbolPrototype;
  const SymbolPrototypeToString = uncurryThis(P.SymbolPrototypeToString);
  const SymbolPrototypeValueOf = uncurryThis(P.SymbolPrototypeValueOf);
  const customInspectSymbol = ReflectApply(P.SymbolFor, undefined, ['nodejs.util.inspect.custom']);

  const MathFloor = P.MathFloor;
  const MathMax = P.MathMax;
  const MathMin = P.MathMin;
  const MathRound = P.MathRound;
  const MathSqrt = P.MathSqrt;
  const MathTrunc = P.MathTrunc;

  const JSONStringify = P.JSONStringify;
  const TypeErrorCtor = P.TypeErrorCtor;
  let CIRCULAR_ERROR_MESSAGE;
  try {
    // A null prototype: no toJSON of the artifact's can run here.
    const a = { __proto__: null };
    a.a = a;
    JSONStringify(a);
  } catch (err) {
    CIRCULAR_ERROR_MESSAGE = ObjectGetOwnPropertyDescriptor(err, 'message').value;
  }

  const DatePrototype = P.DatePrototype;
  const DatePrototypeGetTime = uncurryThis(P.DatePrototypeGetTime);
  const DatePrototypeToISOString = uncurryThis(P.DatePrototypeToISOString);
  const DatePrototypeToString = uncurryThis(P.DatePrototypeToString);

  const ErrorPrototype = P.ErrorPrototype;
  const ErrorPrototypeToString = uncurryThis(P.ErrorPrototypeToString);
  const InternalErrorPrototype = P.InternalErrorPrototype;
  const RangeErrorPrototype = P.RangeErrorPrototype;

  const RegExpPrototype = P.RegExpPrototype;
  const RegExpPrototypeExec = uncurryThis(P.RegExpPrototypeExec);

  // The accessors' getters were captured by the host too: an artifact may
  // have redefined Map.prototype.size by now.
  const lookupGetter = typeof P.ObjectPrototypeLookupGetter === 'function' ?
    uncurryThis(P.ObjectPrototypeLookupGetter) : undefined;
  function rawGetter(proto, key) {
    if (lookupGetter !== undefined) {
      const get = lookupGetter(proto, key);
      return typeof get === 'function' ? get : undefined;
    }
    const desc = ObjectGetOwnPropertyDescriptor(proto, key);
    return desc !== undefined && typeof desc.get === 'function' ? desc.get : undefined;
  }
  function getter(proto, key) {
    const get = rawGetter(proto, key);
    return get !== undefined ? uncurryThis(get) : undefined;
  }
  const uncurried = (fn) => (typeof fn === 'function' ? uncurryThis(fn) : undefined);
  const RegExpPrototypeGetSource = uncurried(P.RegExpPrototypeSourceGetter);
  const regExpFlagGetters = ObjectSetPrototypeOf([], null);
  {
    const flagNames = ['hasIndices', 'global', 'ignoreCase', 'multiline',
                       'dotAll', 'unicode', 'unicodeSets', 'sticky'];
    const flagChars = 'dgimsuvy';
    for (let i = 0; i < flagNames.length; ++i) {
      const g = uncurried(P['RegExpPrototypeGetter_' + flagNames[i]]);
      if (g !== undefined) {
        regExpFlagGetters[regExpFlagGetters.length] = [g, flagChars[i]];
      }
    }
  }

  const MapPrototype = P.MapPrototype;
  const MapPrototypeGetSize = uncurried(P.MapPrototypeSizeGetter);
  const MapPrototypeEntries = uncurryThis(P.MapPrototypeEntries);
  const MapIteratorPrototype = P.MapIteratorPrototype;
  const MapIteratorPrototypeNext = uncurryThis(P.MapIteratorPrototypeNext);
  const IteratorPrototype = P.IteratorPrototype;
  const SetPrototype = P.SetPrototype;
  const SetPrototypeGetSize = uncurried(P.SetPrototypeSizeGetter);
  const SetPrototypeValues = uncurryThis(P.SetPrototypeValues);
  const SetIteratorPrototype = P.SetIteratorPrototype;
  const SetIteratorPrototypeNext = uncurryThis(P.SetIteratorPrototypeNext);
  const WeakMapPrototype = P.WeakMapPrototype;
  const WeakMapPrototypeHas = uncurryThis(P.WeakMapPrototypeHas);
  const WeakMapCtor = P.WeakMapCtor;
  const WeakMapPrototypeGet = uncurryThis(P.WeakMapPrototypeGet);
  const WeakMapPrototypeSet = uncurryThis(P.WeakMapPrototypeSet);
  const WeakSetPrototype = P.WeakSetPrototype;
  const WeakSetPrototypeHas = uncurryThis(P.WeakSetPrototypeHas);

  const ArrayBufferIsView = P.ArrayBufferIsView;
  const ArrayBufferPrototype = P.ArrayBufferPrototype;
  const ArrayBufferPrototypeByteLengthGetter = P.ArrayBufferPrototypeByteLengthGetter;
  const ArrayBufferPrototypeGetByteLength = uncurried(ArrayBufferPrototypeByteLengthGetter);
  const SharedArrayBufferPrototype = P.SharedArrayBufferPrototype;
  const SharedArrayBufferPrototypeByteLengthGetter = SharedArrayBufferPrototype !== undefined ?
    P.SharedArrayBufferPrototypeByteLengthGetter : undefined;
  const SharedArrayBufferPrototypeGetByteLength = uncurried(SharedArrayBufferPrototypeByteLengthGetter);
  const Uint8ArrayCtor = P.Uint8ArrayCtor;
  const TypedArrayPrototype = P.TypedArrayPrototype;
  const TypedArrayPrototypeLengthGetter = P.TypedArrayPrototypeLengthGetter;
  const TypedArrayPrototypeGetLength = uncurried(TypedArrayPrototypeLengthGetter);
  const TypedArrayPrototypeByteLengthGetter = P.TypedArrayPrototypeByteLengthGetter;
  const TypedArrayPrototypeByteOffsetGetter = P.TypedArrayPrototypeByteOffsetGetter;
  const TypedArrayPrototypeBufferGetter = P.TypedArrayPrototypeBufferGetter;
  const TypedArrayPrototypeGetSymbolToStringTag = uncurried(P.TypedArrayPrototypeToStringTagGetter);
  // The global constructors the host captured as P['global_' + name], by name
  // (the ones this engine has): recognised by identity, with the name given here.
  function capturedConstructors(names) {
    const out = { __proto__: null };
    for (let i = 0; i < names.length; ++i) {
      const ctor = P['global_' + names[i]];
      if (typeof ctor === 'function') out[names[i]] = ctor;
    }
    return out;
  }
  const typedArrayCtors = capturedConstructors([
    'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
    'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']);

  const DataViewPrototype = P.DataViewPrototype;
  const DataViewPrototypeByteLengthGetter = P.DataViewPrototypeByteLengthGetter;
  const DataViewPrototypeByteOffsetGetter = P.DataViewPrototypeByteOffsetGetter;
  const DataViewPrototypeBufferGetter = P.DataViewPrototypeBufferGetter;

  const PromisePrototype = P.PromisePrototype;
  // Functions made by syntax get the realm's intrinsic prototypes, whatever
  // the artifact did to the globals.
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
  const FunctionPrototypeToString = uncurryThis(P.FunctionPrototypeToString);
  const FunctionPrototypeHasInstance = uncurryThis(P.FunctionPrototypeHasInstance);

  const intrinsicConstructors = capturedConstructors([
    'Array', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'Promise', 'Error', 'EvalError',
    'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'InternalError',
    'AggregateError', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Number', 'String', 'Boolean',
    'BigInt', 'Symbol', 'WeakRef', 'FinalizationRegistry']);

  const hookPromiseState = hooks != null && typeof hooks.promiseState === 'function' ?
    hooks.promiseState : undefined;
  const hookProxyDetails = hooks != null && typeof hooks.proxyDetails === 'function' ?
    hooks.proxyDetails : undefined;

  // Names of the realm's built-in constructors, as Node computes them at
  // startup (used to decide which prototypes are "user land"): the global
  // object's own names when the context was created (later globals must not
  // count), as the host recorded them; filtered into a dictionary on first use.
  const globalNames = P.globalNames;
  let builtInObjects;
  function isBuiltInName(name) {
    if (builtInObjects === undefined) {
      builtInObjects = { __proto__: null };
      const re = /^[A-Z][a-zA-Z0-9]+$/;
      for (let i = 0; i < globalNames.length; ++i) {
        const n = globalNames[i];
        if (RegExpPrototypeExec(re, n) !== null) builtInObjects[n] = true;
      }
    }
    return typeof name === 'string' && builtInObjects[name] === true;
  }

  // ===========================================================================
  // The rest (about 150 closures in inspect_format.js, most of the cost) is
  // built on the first format/inspect call. build() itself reads no global and
  // no user-reachable built-in property, so building after user code has run
  // is safe.
  // ===========================================================================
  let api;
  // The exported inspect (see the end): a custom inspect function that *is*
  // util.inspect must be skipped, whichever of the two it is.
  let publicInspect;
  function build() {
    // The formatter is a separate script (inspect_format.js), read only now: most contexts
    // never inspect an object, and reading its ~150 functions was most of the cost of a
    // context. It gets exactly the built-ins captured above.
    return hooks.buildFormatter({
      __proto__: null,
      FunctionPrototype, ReflectApply, ReflectOwnKeys, ObjectPrototype, ObjectKeys,
      ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols, ObjectGetOwnPropertyDescriptor,
      ObjectGetPrototypeOf, ObjectSetPrototypeOf, ObjectDefineProperty, ObjectFreeze,
      ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString,
      ArrayIsArray, ArrayPrototype, ArrayPrototypeSort, StringCtor, StringPrototype,
      StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeSlice,
      StringPrototypeIndexOf, StringPrototypeIncludes, StringPrototypeStartsWith,
      StringPrototypeEndsWith, StringPrototypeRepeat, StringPrototypePadStart,
      StringPrototypePadEnd, StringPrototypeToLowerCase, StringPrototypeNormalize,
      StringPrototypeValueOf, StringPrototypeConcat, NumberCtor, NumberIsNaN, NumberIsFinite,
      NumberParseInt, NumberParseFloat, NumberPrototype, NumberPrototypeToString,
      NumberPrototypeValueOf, BooleanPrototype, BooleanPrototypeValueOf, BigIntPrototype,
      BigIntPrototypeValueOf, SymbolIterator, SymbolToStringTag, SymbolToPrimitive,
      SymbolHasInstance, SymbolPrototype, SymbolPrototypeToString, SymbolPrototypeValueOf,
      customInspectSymbol, MathFloor, MathMax, MathMin, MathRound, MathSqrt, MathTrunc,
      TypeErrorCtor, CIRCULAR_ERROR_MESSAGE, DatePrototype, DatePrototypeGetTime,
      DatePrototypeToISOString, DatePrototypeToString, ErrorPrototype, ErrorPrototypeToString,
      InternalErrorPrototype, RangeErrorPrototype, RegExpPrototype, RegExpPrototypeExec, getter,
      RegExpPrototypeGetSource, regExpFlagGetters, MapPrototype, MapPrototypeGetSize,
      MapPrototypeEntries, MapIteratorPrototype, MapIteratorPrototypeNext, IteratorPrototype,
      SetPrototype, SetPrototypeGetSize, SetPrototypeValues, SetIteratorPrototype,
      SetIteratorPrototypeNext, WeakMapPrototype, WeakMapPrototypeHas, WeakMapCtor,
      WeakMapPrototypeGet, WeakMapPrototypeSet, WeakSetPrototype, WeakSetPrototypeHas,
      ArrayBufferIsView, ArrayBufferPrototype, ArrayBufferPrototypeByteLengthGetter,
      ArrayBufferPrototypeGetByteLength, SharedArrayBufferPrototype,
      SharedArrayBufferPrototypeByteLengthGetter, SharedArrayBufferPrototypeGetByteLength,
      Uint8ArrayCtor, TypedArrayPrototype, TypedArrayPrototypeLengthGetter,
      TypedArrayPrototypeGetLength, TypedArrayPrototypeByteLengthGetter,
      TypedArrayPrototypeByteOffsetGetter, TypedArrayPrototypeBufferGetter,
      TypedArrayPrototypeGetSymbolToStringTag, typedArrayCtors, DataViewPrototype,
      DataViewPrototypeByteLengthGetter, DataViewPrototypeByteOffsetGetter,
      DataViewPrototypeBufferGetter, PromisePrototype, AsyncFunctionPrototype,
      GeneratorFunctionPrototype, AsyncGeneratorFunctionPrototype, FunctionPrototypeToString,
      FunctionPrototypeHasInstance, intrinsicConstructors, hookPromiseState, hookProxyDetails,
      isBuiltInName, publicInspect,
    });
  }

  // The public functions build on first use and then forward `arguments`
  // as is (inspect's legacy signature depends on arguments.length; spreading
  // would go through the mutable array iterator).
  function format(...args) {
    return ReflectApply((api ??= build()).format, undefined, args);
  }
  // eslint-disable-next-line no-unused-vars
  function inspect(value, opts) {
    return ReflectApply((api ??= build()).inspect, undefined, arguments);
  }
  // eslint-disable-next-line no-unused-vars
  function formatWithOptions(inspectOptions, ...args) {
    return ReflectApply((api ??= build()).formatWithOptions, undefined, arguments);
  }
  // eslint-disable-next-line no-unused-vars
  function table(data, properties) {
    return ReflectApply((api ??= build()).table, undefined, arguments);
  }
  ObjectDefineProperty(inspect, 'custom', { __proto__: null, value: customInspectSymbol });
  publicInspect = inspect;
  return ObjectFreeze({ __proto__: null, format, inspect, formatWithOptions, table });
})
