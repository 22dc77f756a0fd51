/*
 * llmos kernel — Node.js 20 compatible util.format / util.inspect for QuickJS.
 *
 * This file is ONE function expression. The host evaluates it as a script, calls
 * the resulting factory once per context and keeps the returned functions:
 *
 *   const { format, inspect, formatWithOptions } = factory(hooks);
 *
 * The factory MUST be called before any untrusted code runs in the context:
 * it captures the built-ins it relies on, and whatever it captures after a
 * script replaced Object.keys or Array.prototype.sort is what it will use.
 * The call is cheap (capture only); the bulk of the implementation is
 * instantiated on the first format/inspect call.
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
 *   - every built-in used is captured when the factory runs ("primordials");
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
(function (hooks) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Primordials: capture every built-in now, before untrusted code can touch
  // them. Nothing below may look up a property of a built-in at call time.
  // ---------------------------------------------------------------------------
  const G = globalThis;
  const ObjectCtor = G.Object;
  const FunctionPrototype = ObjectCtor.getPrototypeOf(function () {});
  // uncurryThis(fn)(self, ...args) === fn.call(self, ...args), immune to later
  // changes of Function.prototype.call/bind because bound functions keep their
  // target internally.
  const uncurryThis = FunctionPrototype.bind.bind(FunctionPrototype.call);
  const ReflectApply = G.Reflect.apply;
  const ReflectOwnKeys = G.Reflect.ownKeys;

  const ObjectPrototype = ObjectCtor.prototype;
  const ObjectKeys = ObjectCtor.keys;
  const ObjectGetOwnPropertyNames = ObjectCtor.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = ObjectCtor.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = ObjectCtor.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = ObjectCtor.getPrototypeOf;
  const ObjectSetPrototypeOf = ObjectCtor.setPrototypeOf;
  const ObjectDefineProperty = ObjectCtor.defineProperty;
  const ObjectFreeze = ObjectCtor.freeze;
  const ObjectPrototypeHasOwnProperty = uncurryThis(ObjectPrototype.hasOwnProperty);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(ObjectPrototype.propertyIsEnumerable);
  const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);

  const ArrayIsArray = G.Array.isArray;
  const ArrayPrototype = G.Array.prototype;
  const ArrayPrototypeSort = uncurryThis(ArrayPrototype.sort);

  const StringCtor = G.String;
  const StringPrototype = StringCtor.prototype;
  const StringPrototypeCharCodeAt = uncurryThis(StringPrototype.charCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(StringPrototype.codePointAt);
  const StringPrototypeSlice = uncurryThis(StringPrototype.slice);
  const StringPrototypeIndexOf = uncurryThis(StringPrototype.indexOf);
  const StringPrototypeIncludes = uncurryThis(StringPrototype.includes);
  const StringPrototypeStartsWith = uncurryThis(StringPrototype.startsWith);
  const StringPrototypeEndsWith = uncurryThis(StringPrototype.endsWith);
  const StringPrototypeRepeat = uncurryThis(StringPrototype.repeat);
  const StringPrototypePadStart = uncurryThis(StringPrototype.padStart);
  const StringPrototypePadEnd = uncurryThis(StringPrototype.padEnd);
  const StringPrototypeToLowerCase = uncurryThis(StringPrototype.toLowerCase);
  const StringPrototypeNormalize = uncurryThis(StringPrototype.normalize);
  const StringPrototypeValueOf = uncurryThis(StringPrototype.valueOf);
  // StringPrototypeConcat('', a, b) is exactly what QuickJS evaluates for the
  // template literal `${a}${b}` (ToString of each part, hint "string"), except
  // that QuickJS looks `concat` up on String.prototype at run time. This file
  // therefore contains no template literal: parts known to be primitives are
  // joined with `+`, parts that may be objects (results of a user-supplied
  // stylize, user-defined names and messages) go through this captured copy.
  const StringPrototypeConcat = uncurryThis(StringPrototype.concat);

  const NumberCtor = G.Number;
  const NumberIsNaN = NumberCtor.isNaN;
  const NumberIsFinite = NumberCtor.isFinite;
  const NumberParseInt = NumberCtor.parseInt;
  const NumberParseFloat = NumberCtor.parseFloat;
  const NumberPrototype = NumberCtor.prototype;
  const NumberPrototypeToString = uncurryThis(NumberPrototype.toString);
  const NumberPrototypeValueOf = uncurryThis(NumberPrototype.valueOf);
  const BooleanPrototype = G.Boolean.prototype;
  const BooleanPrototypeValueOf = uncurryThis(BooleanPrototype.valueOf);
  const BigIntPrototype = G.BigInt.prototype;
  const BigIntPrototypeValueOf = uncurryThis(BigIntPrototype.valueOf);

  const SymbolCtor = G.Symbol;
  const SymbolIterator = SymbolCtor.iterator;
  const SymbolToStringTag = SymbolCtor.toStringTag;
  const SymbolToPrimitive = SymbolCtor.toPrimitive;
  const SymbolHasInstance = SymbolCtor.hasInstance;
  const SymbolPrototype = SymbolCtor.prototype;
  const SymbolPrototypeToString = uncurryThis(SymbolPrototype.toString);
  const SymbolPrototypeValueOf = uncurryThis(SymbolPrototype.valueOf);
  // Same registry key as Node, so objects written for Node keep working.
  const customInspectSymbol = SymbolCtor.for('nodejs.util.inspect.custom');

  const MathFloor = G.Math.floor;
  const MathMax = G.Math.max;
  const MathMin = G.Math.min;
  const MathRound = G.Math.round;
  const MathSqrt = G.Math.sqrt;
  const MathTrunc = G.Math.trunc;

  const JSONStringify = G.JSON.stringify;
  const TypeErrorCtor = G.TypeError;
  // QuickJS's wording for a cycle in JSON.stringify, probed now while the
  // built-ins are pristine (see tryStringify: a user toJSON may still call
  // the native JSON.stringify on a cyclic value).
  let CIRCULAR_ERROR_MESSAGE;
  try {
    const a = {};
    a.a = a;
    JSONStringify(a);
  } catch (err) {
    CIRCULAR_ERROR_MESSAGE = err.message;
  }

  const DatePrototype = G.Date.prototype;
  const DatePrototypeGetTime = uncurryThis(DatePrototype.getTime);
  const DatePrototypeToISOString = uncurryThis(DatePrototype.toISOString);
  const DatePrototypeToString = uncurryThis(DatePrototype.toString);

  const ErrorPrototype = G.Error.prototype;
  const ErrorPrototypeToString = uncurryThis(ErrorPrototype.toString);
  // QuickJS-only: InternalError carries "stack overflow" / "out of memory".
  const InternalErrorPrototype = typeof G.InternalError === 'function' ?
    G.InternalError.prototype : undefined;
  const RangeErrorPrototype = G.RangeError.prototype;

  const RegExpPrototype = G.RegExp.prototype;
  const RegExpPrototypeExec = uncurryThis(RegExpPrototype.exec);

  // A built-in accessor's getter function. Object.prototype.__lookupGetter__
  // saves allocating a descriptor per getter (the factory runs for every
  // context); the descriptor route is the fallback if a host removed it.
  const lookupGetter = typeof ObjectPrototype.__lookupGetter__ === 'function' ?
    uncurryThis(ObjectPrototype.__lookupGetter__) : undefined;
  function rawGetter(proto, key) {
    if (lookupGetter !== undefined) {
      const get = lookupGetter(proto, key);
      return typeof get === 'function' ? get : undefined;
    }
    const desc = ObjectGetOwnPropertyDescriptor(proto, key);
    return desc !== undefined && typeof desc.get === 'function' ? desc.get : undefined;
  }
  // The same, uncurried: getter(proto, key)(obj) === obj[key] as it is now.
  function getter(proto, key) {
    const get = rawGetter(proto, key);
    return get !== undefined ? uncurryThis(get) : undefined;
  }
  const RegExpPrototypeGetSource = getter(RegExpPrototype, 'source');
  // RegExp.prototype.toString reads `source` and `flags` through [[Get]]
  // (user-replaceable accessors), so the flags string is rebuilt from the
  // individual captured flag getters in canonical order instead.
  const regExpFlagGetters = [];
  {
    const flagNames = ['hasIndices', 'global', 'ignoreCase', 'multiline',
                       'dotAll', 'unicode', 'unicodeSets', 'sticky'];
    const flagChars = 'dgimsuvy';
    for (let i = 0; i < flagNames.length; ++i) {
      const g = getter(RegExpPrototype, flagNames[i]);
      if (g !== undefined) {
        regExpFlagGetters[regExpFlagGetters.length] = [g, flagChars[i]];
      }
    }
    ObjectSetPrototypeOf(regExpFlagGetters, null);
  }

  const MapPrototype = G.Map.prototype;
  const MapPrototypeGetSize = getter(MapPrototype, 'size');
  const MapPrototypeEntries = uncurryThis(MapPrototype.entries);
  const MapIteratorPrototype = ObjectGetPrototypeOf(new G.Map().entries());
  const MapIteratorPrototypeNext = uncurryThis(MapIteratorPrototype.next);
  // %IteratorPrototype%, where the built-in iterators get Symbol.iterator from.
  const IteratorPrototype = ObjectGetPrototypeOf(MapIteratorPrototype);
  const SetPrototype = G.Set.prototype;
  const SetPrototypeGetSize = getter(SetPrototype, 'size');
  const SetPrototypeValues = uncurryThis(SetPrototype.values);
  const SetIteratorPrototype = ObjectGetPrototypeOf(new G.Set().values());
  const SetIteratorPrototypeNext = uncurryThis(SetIteratorPrototype.next);
  const WeakMapPrototype = G.WeakMap.prototype;
  const WeakMapPrototypeHas = uncurryThis(WeakMapPrototype.has);
  const WeakMapCtor = G.WeakMap;
  const WeakMapPrototypeGet = uncurryThis(WeakMapPrototype.get);
  const WeakMapPrototypeSet = uncurryThis(WeakMapPrototype.set);
  const WeakSetPrototype = G.WeakSet.prototype;
  const WeakSetPrototypeHas = uncurryThis(WeakSetPrototype.has);

  const ArrayBufferCtor = G.ArrayBuffer;
  const ArrayBufferIsView = ArrayBufferCtor.isView;
  const ArrayBufferPrototype = ArrayBufferCtor.prototype;
  const ArrayBufferPrototypeByteLengthGetter = rawGetter(ArrayBufferPrototype, 'byteLength');
  const ArrayBufferPrototypeGetByteLength = uncurryThis(ArrayBufferPrototypeByteLengthGetter);
  // SharedArrayBuffer may have been removed from the sandbox; tolerate that.
  const SharedArrayBufferPrototype = typeof G.SharedArrayBuffer === 'function' ?
    G.SharedArrayBuffer.prototype : undefined;
  const SharedArrayBufferPrototypeByteLengthGetter = SharedArrayBufferPrototype !== undefined ?
    rawGetter(SharedArrayBufferPrototype, 'byteLength') : undefined;
  const SharedArrayBufferPrototypeGetByteLength = SharedArrayBufferPrototype !== undefined ?
    uncurryThis(SharedArrayBufferPrototypeByteLengthGetter) : undefined;
  const Uint8ArrayCtor = G.Uint8Array;
  const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8ArrayCtor.prototype);
  const TypedArrayPrototypeLengthGetter = rawGetter(TypedArrayPrototype, 'length');
  const TypedArrayPrototypeGetLength = uncurryThis(TypedArrayPrototypeLengthGetter);
  // Rarely used (see capturedAccessor): kept as plain getter functions, called
  // with ReflectApply, because uncurrying each one costs the factory a bind.
  const TypedArrayPrototypeByteLengthGetter = rawGetter(TypedArrayPrototype, 'byteLength');
  const TypedArrayPrototypeByteOffsetGetter = rawGetter(TypedArrayPrototype, 'byteOffset');
  const TypedArrayPrototypeBufferGetter = rawGetter(TypedArrayPrototype, 'buffer');
  const TypedArrayPrototypeGetSymbolToStringTag = getter(TypedArrayPrototype, SymbolToStringTag);
  const typedArrayCtors = { __proto__: null };
  {
    const names = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array',
                   'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array',
                   'Float16Array', 'Float32Array', 'Float64Array',
                   'BigInt64Array', 'BigUint64Array'];
    for (let i = 0; i < names.length; ++i) {
      if (typeof G[names[i]] === 'function') typedArrayCtors[names[i]] = G[names[i]];
    }
  }

  const DataViewPrototype = G.DataView.prototype;
  const DataViewPrototypeByteLengthGetter = rawGetter(DataViewPrototype, 'byteLength');
  const DataViewPrototypeByteOffsetGetter = rawGetter(DataViewPrototype, 'byteOffset');
  const DataViewPrototypeBufferGetter = rawGetter(DataViewPrototype, 'buffer');

  const PromisePrototype = G.Promise.prototype;
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
  const FunctionPrototypeToString = uncurryThis(FunctionPrototype.toString);
  // OrdinaryHasInstance (the property is neither writable nor configurable).
  const FunctionPrototypeHasInstance = uncurryThis(FunctionPrototype[SymbolHasInstance]);

  // The built-in constructors (named in build(), intrinsicConstructorNames,
  // same order), snapshotted so that a replaced `constructor`, `name` or
  // Symbol.hasInstance on them or their prototypes does not change how their
  // instances are named: Node gets the names from untouched built-ins. One
  // array literal: the factory runs for every context, so it stays cheap (the
  // prototypes are read in build(); `prototype` of a built-in constructor is
  // neither writable nor configurable). Missing globals are undefined here.
  const intrinsicConstructors = [
    G.Array, G.Map, G.Set, G.WeakMap, G.WeakSet, G.Date, G.RegExp, G.Promise,
    G.Error, G.EvalError, G.RangeError, G.ReferenceError, G.SyntaxError,
    G.TypeError, G.URIError, G.InternalError, G.AggregateError, G.ArrayBuffer,
    G.SharedArrayBuffer, G.DataView, G.Number, G.String, G.Boolean, G.BigInt,
    G.Symbol, G.WeakRef, G.FinalizationRegistry,
  ];

  const hookPromiseState = hooks != null && typeof hooks.promiseState === 'function' ?
    hooks.promiseState : undefined;
  const hookProxyDetails = hooks != null && typeof hooks.proxyDetails === 'function' ?
    hooks.proxyDetails : undefined;

  // Names of the realm's built-in constructors, as Node computes them at
  // startup (used to decide which prototypes are "user land"). The names are
  // snapshotted now (later globals must not count) but only filtered into a
  // dictionary on first use: the per-character scan is a measurable part of
  // the factory's cost, and most contexts never need it.
  const globalNames = ObjectGetOwnPropertyNames(G);
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
  // Everything above ran when the factory was called: it only captures. The
  // rest (about 150 closures in inspect_format.js, most of the cost) is built
  // on the first format/inspect call, so a host can call the factory right after
  // creating the context (before any untrusted code, which is what makes the
  // captured built-ins pristine) and still pay little for contexts that never
  // log an object. build() itself reads no global and no user-reachable
  // built-in property, so building after user code has run is safe.
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
  ObjectDefineProperty(inspect, 'custom', { __proto__: null, value: customInspectSymbol });
  publicInspect = inspect;
  return ObjectFreeze({ __proto__: null, format, inspect, formatWithOptions });
})
