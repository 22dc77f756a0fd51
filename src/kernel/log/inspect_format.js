// The formatter half of inspect.js (a port of Node 20's util.inspect and util.format; the
// differences from Node are listed at the top of inspect.js). Its completion value is a
// factory that inspect.js's build() calls, through the host, on the first format/inspect
// call, with the built-ins inspect.js captured when the context was made. It reads no global
// and no user-reachable property, so building after artifact code has run is safe.
(function (captured) {
  'use strict';
  const {
    FunctionPrototype, ReflectApply, ReflectOwnKeys, ObjectPrototype, ObjectKeys,
    ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols, ObjectGetOwnPropertyDescriptor,
    ObjectGetPrototypeOf, ObjectSetPrototypeOf, ObjectDefineProperty, ObjectFreeze,
    ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString,
    ArrayIsArray, ArrayPrototype, ArrayPrototypeSort, StringCtor, StringPrototype,
    StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeSlice,
    StringPrototypeIndexOf, StringPrototypeIncludes, StringPrototypeStartsWith,
    StringPrototypeEndsWith, StringPrototypeRepeat, StringPrototypePadStart, StringPrototypePadEnd,
    StringPrototypeToLowerCase, StringPrototypeNormalize, StringPrototypeValueOf,
    StringPrototypeConcat, NumberCtor, NumberIsNaN, NumberIsFinite, NumberParseInt,
    NumberParseFloat, NumberPrototype, NumberPrototypeToString, NumberPrototypeValueOf,
    BooleanPrototype, BooleanPrototypeValueOf, BigIntPrototype, BigIntPrototypeValueOf,
    SymbolIterator, SymbolToStringTag, SymbolToPrimitive, SymbolHasInstance, SymbolPrototype,
    SymbolPrototypeToString, SymbolPrototypeValueOf, customInspectSymbol, MathFloor, MathMax,
    MathMin, MathRound, MathSqrt, MathTrunc, TypeErrorCtor, CIRCULAR_ERROR_MESSAGE, DatePrototype,
    DatePrototypeGetTime, DatePrototypeToISOString, DatePrototypeToString, ErrorPrototype,
    ErrorPrototypeToString, InternalErrorPrototype, RangeErrorPrototype, RegExpPrototype,
    RegExpPrototypeExec, getter, RegExpPrototypeGetSource, regExpFlagGetters, MapPrototype,
    MapPrototypeGetSize, MapPrototypeEntries, MapIteratorPrototype, MapIteratorPrototypeNext,
    IteratorPrototype, SetPrototype, SetPrototypeGetSize, SetPrototypeValues, SetIteratorPrototype,
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
  } = captured;
  // ---------------------------------------------------------------------------
  // Small safe helpers.
  // ---------------------------------------------------------------------------

  // A list immune to index setters installed on Array.prototype.
  function newList() {
    return ObjectSetPrototypeOf([], null);
  }
  function push(list, v) {
    list[list.length] = v;
  }
  function copyList(arr) {
    const out = newList();
    for (let i = 0; i < arr.length; ++i) out[i] = arr[i];
    return out;
  }
  function listIncludes(list, v) {
    for (let i = 0; i < list.length; ++i) if (list[i] === v) return true;
    return false;
  }
  function listIndexOf(list, v) {
    for (let i = 0; i < list.length; ++i) if (list[i] === v) return i;
    return -1;
  }
  function listRemoveAt(list, index, count) {
    const n = list.length;
    for (let i = index; i + count < n; ++i) list[i] = list[i + count];
    list.length = n - count;
  }
  function listUnshift(list, items) {
    const n = list.length;
    const k = items.length;
    for (let i = n - 1; i >= 0; --i) list[i + k] = list[i];
    for (let i = 0; i < k; ++i) list[i] = items[i];
  }
  // Node's internal/util join(): plain concatenation.
  function join(output, separator) {
    let str = '';
    if (output.length !== 0) {
      const lastIndex = output.length - 1;
      for (let i = 0; i < lastIndex; ++i) {
        str += output[i];
        str += separator;
      }
      str += output[lastIndex];
    }
    return str;
  }
  function replaceAll(str, search, replacement) {
    let out = '';
    let last = 0;
    let pos = StringPrototypeIndexOf(str, search);
    if (pos === -1) return str;
    while (pos !== -1) {
      out += StringPrototypeSlice(str, last, pos) + replacement;
      last = pos + search.length;
      pos = StringPrototypeIndexOf(str, search, last);
    }
    return out + StringPrototypeSlice(str, last);
  }
  function splitString(str, sep) {
    const out = newList();
    let last = 0;
    let pos = StringPrototypeIndexOf(str, sep);
    while (pos !== -1) {
      push(out, StringPrototypeSlice(str, last, pos));
      last = pos + sep.length;
      pos = StringPrototypeIndexOf(str, sep, last);
    }
    push(out, StringPrototypeSlice(str, last));
    return out;
  }
  // `str.replace(globalRegExp, '')` using only the captured exec. Our regexps
  // own their `lastIndex`, and the built-in exec reads nothing else from them.
  function regExpRemoveAll(re, str) {
    let out = '';
    let last = 0;
    re.lastIndex = 0;
    let m;
    while ((m = RegExpPrototypeExec(re, str)) !== null) {
      out += StringPrototypeSlice(str, last, m.index);
      last = m.index + m[0].length;
      if (m[0].length === 0) ++re.lastIndex;
    }
    re.lastIndex = 0;
    return out + StringPrototypeSlice(str, last);
  }
  // Own property descriptor with a null prototype, or undefined.
  function getOwnDesc(obj, key) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, key);
    if (desc === undefined) return undefined;
    ObjectSetPrototypeOf(desc, null);
    return desc;
  }
  // Bounded `proto.isPrototypeOf(v)`: the built-in walks the chain without
  // limit, and a Proxy's getPrototypeOf trap can make the chain endless.
  function inherits(proto, v) {
    let obj = v;
    for (let guard = 0; guard < 100000; ++guard) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === proto) return true;
      if (obj === null) return false;
    }
    return false;
  }
  function isObjectLike(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  // Describe a thrown value without ever throwing ourselves.
  function describeThrown(err) {
    try {
      if (!isObjectLike(err)) {
        return typeof err === 'symbol' ? SymbolPrototypeToString(err) : StringCtor(err);
      }
      let s = ErrorPrototypeToString(err);
      if (typeof s !== 'string') s = 'exception';
      if (s.length > 1000) s = StringPrototypeSlice(s, 0, 1000) + '...';
      return s;
    } catch {
      return 'exception';
    }
  }
  function ownMessageIs(err, msg) {
    const d = getOwnDesc(err, 'message');
    return d !== undefined && d.value === msg;
  }
  // QuickJS signals exhausted memory with a catchable InternalError. Swallowing
  // it would hide the memory-limit hit from the host, so it is re-thrown.
  function rethrowIfFatal(err) {
    let fatal = false;
    try {
      fatal = InternalErrorPrototype !== undefined && isObjectLike(err) &&
        inherits(InternalErrorPrototype, err) &&
        ownMessageIs(err, 'out of memory');
    } catch {
      fatal = false;
    }
    if (fatal) throw err;
  }
  function isStackOverflowError(err) {
    try {
      if (!isObjectLike(err)) return false;
      if (InternalErrorPrototype !== undefined &&
          inherits(InternalErrorPrototype, err) &&
          ownMessageIs(err, 'stack overflow')) return true;
      return inherits(RangeErrorPrototype, err) &&
        ownMessageIs(err, 'Maximum call stack size exceeded');
    } catch {
      return false;
    }
  }
  function inspectionThrew(ctx, err) {
    rethrowIfFatal(err);
    return ctx.stylize('[Inspection threw ' + describeThrown(err) + ']', 'special');
  }

  // ---------------------------------------------------------------------------
  // Brand checks. Each calls a captured built-in that throws on the wrong
  // receiver and has no other side effect; none of them triggers Proxy traps.
  //
  // A failing check costs an exception, and QuickJS builds a full backtrace
  // (with line numbers for every frame) for each one: ~20us deep inside an
  // inspection, i.e. ~200us per class instance if every check ran. So a check
  // only runs when its built-in prototype is the nearest built-in prototype on
  // the value's chain (`bp`, see nearestBuiltinPrototype), or when the value
  // has no prototype at all (bp === null; the shape Node prints as
  // `[Map(1): null prototype]`). Consequence (known difference 10): an exotic
  // object re-parented onto an unrelated non-null chain, e.g.
  // Reflect.construct(Map, [], Foo), prints as an ordinary `Foo {}`.
  // ---------------------------------------------------------------------------
  function isBuiltinPrototype(obj) {
    return obj === MapPrototype || obj === SetPrototype || obj === DatePrototype ||
      obj === RegExpPrototype || obj === PromisePrototype ||
      obj === ArrayBufferPrototype || obj === WeakMapPrototype ||
      obj === WeakSetPrototype || obj === NumberPrototype ||
      obj === StringPrototype || obj === BooleanPrototype ||
      obj === BigIntPrototype || obj === SymbolPrototype ||
      obj === MapIteratorPrototype || obj === SetIteratorPrototype ||
      obj === ErrorPrototype ||
      (obj === SharedArrayBufferPrototype && obj !== undefined);
  }
  // One walk up the chain (cheap native getPrototypeOf calls) replaces a
  // dozen isPrototypeOf calls. Returns null when `value` has no prototype,
  // undefined when no exotic built-in prototype is on the chain.
  function nearestBuiltinPrototype(value) {
    let obj = ObjectGetPrototypeOf(value);
    if (obj === null) return null;
    for (let guard = 0; obj !== null && guard < 100000; ++guard) {
      // Object.prototype is immutable-prototype: nothing can follow it.
      if (obj === ObjectPrototype) return undefined;
      if (isBuiltinPrototype(obj)) return obj;
      obj = ObjectGetPrototypeOf(obj);
    }
    return undefined;
  }
  // `Symbol.iterator in value`, except that the built-in iterable prototypes
  // count as iterable even after their Symbol.iterator was deleted.
  function hasIterator(value) {
    if (SymbolIterator in value) return true;
    let obj = value;
    for (let guard = 0; guard < 100000; ++guard) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null || obj === ObjectPrototype) return false;
      if (obj === ArrayPrototype || obj === TypedArrayPrototype || obj === MapPrototype ||
          obj === SetPrototype || obj === IteratorPrototype || obj === StringPrototype) {
        return true;
      }
    }
    return false;
  }
  // The captured getter (a plain function) when `proto` is the built-in
  // prototype that defines `key` as an accessor (the byteLength & co that
  // Node lists), else undefined.
  function capturedAccessor(proto, key) {
    if (proto === TypedArrayPrototype) {
      if (key === 'length') return TypedArrayPrototypeLengthGetter;
      if (key === 'byteLength') return TypedArrayPrototypeByteLengthGetter;
      if (key === 'byteOffset') return TypedArrayPrototypeByteOffsetGetter;
      if (key === 'buffer') return TypedArrayPrototypeBufferGetter;
    } else if (proto === DataViewPrototype) {
      if (key === 'byteLength') return DataViewPrototypeByteLengthGetter;
      if (key === 'byteOffset') return DataViewPrototypeByteOffsetGetter;
      if (key === 'buffer') return DataViewPrototypeBufferGetter;
    } else if (proto === ArrayBufferPrototype) {
      if (key === 'byteLength') return ArrayBufferPrototypeByteLengthGetter;
    } else if (proto === SharedArrayBufferPrototype && proto !== undefined) {
      if (key === 'byteLength') return SharedArrayBufferPrototypeByteLengthGetter;
    }
    return undefined;
  }
  // value[key], except that a lookup ending at one of those built-in
  // accessors calls the captured getter: replacing or deleting the accessor
  // later changes nothing (a user-defined override still applies).
  function getBuiltinAccessor(value, key) {
    let obj = value;
    for (let guard = 0; guard < 100000; ++guard) {
      if (ObjectPrototypeHasOwnProperty(obj, key)) break;
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) break;
      const get = capturedAccessor(obj, key);
      if (get !== undefined) return ReflectApply(get, value, kNoArgs);
    }
    return value[key];
  }
  function onChain(proto, v, bp) {
    return bp === null || bp === proto;
  }
  function isSet(v, bp) {
    if (!onChain(SetPrototype, v, bp)) return false;
    try { SetPrototypeGetSize(v); return true; } catch { return false; }
  }
  function isMap(v, bp) {
    if (!onChain(MapPrototype, v, bp)) return false;
    try { MapPrototypeGetSize(v); return true; } catch { return false; }
  }
  function isTypedArray(v) {
    return TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
  }
  function isDate(v, bp) {
    if (!onChain(DatePrototype, v, bp)) return false;
    try { DatePrototypeGetTime(v); return true; } catch { return false; }
  }
  function isRegExp(v, bp) {
    // The source getter special-cases RegExp.prototype itself, which V8's
    // IsJSRegExp does not count as a regexp.
    if (v === RegExpPrototype || !onChain(RegExpPrototype, v, bp)) return false;
    try { RegExpPrototypeGetSource(v); return true; } catch { return false; }
  }
  function isArrayBuffer(v, bp) {
    if (!onChain(ArrayBufferPrototype, v, bp)) return false;
    try { ArrayBufferPrototypeGetByteLength(v); return true; } catch { return false; }
  }
  function isSharedArrayBuffer(v, bp) {
    if (SharedArrayBufferPrototype === undefined ||
        !onChain(SharedArrayBufferPrototype, v, bp)) return false;
    try { SharedArrayBufferPrototypeGetByteLength(v); return true; } catch { return false; }
  }
  function isAnyArrayBuffer(v, bp) {
    return isArrayBuffer(v, bp) || isSharedArrayBuffer(v, bp);
  }
  function isDataView(v) {
    return ArrayBufferIsView(v) && !isTypedArray(v);
  }
  function isWeakMap(v, bp) {
    if (!onChain(WeakMapPrototype, v, bp)) return false;
    try { WeakMapPrototypeHas(v, undefined); return true; } catch { return false; }
  }
  function isWeakSet(v, bp) {
    if (!onChain(WeakSetPrototype, v, bp)) return false;
    try { WeakSetPrototypeHas(v, undefined); return true; } catch { return false; }
  }
  function isNumberObject(v, bp) {
    if (!onChain(NumberPrototype, v, bp)) return false;
    try { NumberPrototypeValueOf(v); return true; } catch { return false; }
  }
  function isStringObject(v, bp) {
    if (!onChain(StringPrototype, v, bp)) return false;
    try { StringPrototypeValueOf(v); return true; } catch { return false; }
  }
  function isBooleanObject(v, bp) {
    if (!onChain(BooleanPrototype, v, bp)) return false;
    try { BooleanPrototypeValueOf(v); return true; } catch { return false; }
  }
  function isBigIntObject(v, bp) {
    if (!onChain(BigIntPrototype, v, bp)) return false;
    try { BigIntPrototypeValueOf(v); return true; } catch { return false; }
  }
  function isSymbolObject(v, bp) {
    if (!onChain(SymbolPrototype, v, bp)) return false;
    try { SymbolPrototypeValueOf(v); return true; } catch { return false; }
  }
  function isBoxedPrimitive(v, bp) {
    return isNumberObject(v, bp) || isStringObject(v, bp) || isBooleanObject(v, bp) ||
      isBigIntObject(v, bp) || isSymbolObject(v, bp);
  }
  // No side-effect free brand check exists for these in QuickJS (see the
  // header); the prototype chain is the best available evidence.
  function isMapIterator(v, bp) {
    return bp === MapIteratorPrototype;
  }
  function isSetIterator(v, bp) {
    return bp === SetIteratorPrototype;
  }
  function isPromise(v, bp) {
    if (hookPromiseState !== undefined) return hookPromiseState(v) !== undefined;
    return bp === PromisePrototype;
  }
  // Object.prototype.toString reveals the internal class (Arguments, Error)
  // as long as no string Symbol.toStringTag shadows it.
  // `rawTag` is v[Symbol.toStringTag] when the caller already read it (a
  // string there, e.g. one planted on Object.prototype, would be reported
  // instead of the internal class); kUnset when unknown.
  function isArgumentsObject(v, rawTag) {
    return typeof rawTag !== 'string' &&
      ObjectPrototypeToString(v) === '[object Arguments]';
  }
  function isNativeError(v, rawTag) {
    return typeof rawTag !== 'string' &&
      ObjectPrototypeToString(v) === '[object Error]';
  }
  // Node: isNativeError(e) || e instanceof Error. The chain part uses the
  // bounded walk of nearestBuiltinPrototype: a Proxy whose getPrototypeOf
  // trap keeps returning fresh proxies would make isPrototypeOf loop forever.
  function isError(v, bp, rawTag) {
    return bp === ErrorPrototype || isNativeError(v, rawTag);
  }
  function isAsyncFunction(v) {
    return inherits(AsyncFunctionPrototype, v) ||
      inherits(AsyncGeneratorFunctionPrototype, v);
  }
  function isGeneratorFunction(v) {
    return inherits(GeneratorFunctionPrototype, v) ||
      inherits(AsyncGeneratorFunctionPrototype, v);
  }
  // Stand-in for V8's Object::GetConstructorName when the prototype chain has
  // no usable constructor (V8 remembers the creating class; QuickJS doesn't).
  function internalGetConstructorName(v) {
    if (typeof v === 'function') return 'Function';
    if (ArrayIsArray(v)) return 'Array';
    return 'Object';
  }
  function getProxyDetails(v) {
    return hookProxyDetails !== undefined ? hookProxyDetails(v) : undefined;
  }

  // ---------------------------------------------------------------------------
  // Options and styling (from Node).
  // ---------------------------------------------------------------------------
  const inspectDefaultOptions = ObjectFreeze({
    __proto__: null,
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  });
  const optionKeys = ObjectFreeze(copyList(ObjectKeys(inspectDefaultOptions)));

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  const kMinLineLength = 16;
  // Above this length, arrays and typed arrays are not scanned for extra
  // non-index keys (known difference 7).
  const kMaxKeyScan = 16384;
  // Sentinel for "not computed yet" (undefined is a meaningful value).
  const kUnset = ObjectFreeze({ __proto__: null });
  // formatProperty's `desc` for a key read with getBuiltinAccessor.
  const kBuiltinAccessor = ObjectFreeze({ __proto__: null });
  const kNoArgs = ObjectFreeze([]);

  // Created on first use: only `colors: true` needs them.
  let colorCodes;
  let styles;
  function stylizeWithColor(str, styleType) {
    if (styles === undefined) {
      colorCodes = {
        __proto__: null,
        bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
        white: [37, 39], grey: [90, 39], black: [30, 39], blue: [34, 39],
        cyan: [36, 39], green: [32, 39], magenta: [35, 39], red: [31, 39],
        yellow: [33, 39],
      };
      styles = {
        __proto__: null,
        special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
        undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
        date: 'magenta', regexp: 'red', module: 'underline',
      };
    }
    const style = styles[styleType];
    if (style !== undefined) {
      const color = colorCodes[style];
      if (color !== undefined) {
        return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
      }
    }
    return str;
  }
  function stylizeNoColor(str) {
    return str;
  }
  // The regexps only needed with colors are created on first use: every
  // object created by the factory is paid for in every context.
  let colorRegExp;
  function removeColors(str) {
    colorRegExp ??= /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex
    return regExpRemoveAll(colorRegExp, str);
  }
  // Node's ansi regexp (from chalk/ansi-regex), as a literal so that it is
  // compiled once with the script rather than on every factory call.
  let ansi;
  function stripVTControlCharacters(str) {
    // eslint-disable-next-line no-control-regex
    ansi ??= /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/\#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/\#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]))/g;
    return regExpRemoveAll(ansi, str);
  }

  // ---------------------------------------------------------------------------
  // String escaping (Node's strEscape, loop form; equivalent to its regexp
  // form for long strings).
  // ---------------------------------------------------------------------------
  // Created on first use (only strings that need escaping need it).
  let meta;
  const createMeta = () => ObjectFreeze([
    '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
    '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
    '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
    '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
    '', '', '', '', '', '', '', "\\'", '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '', '', '', '', '', '\\\\', '', '', '',
    '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '\\x7F',
    '\\x80', '\\x81', '\\x82', '\\x83', '\\x84', '\\x85', '\\x86', '\\x87',
    '\\x88', '\\x89', '\\x8A', '\\x8B', '\\x8C', '\\x8D', '\\x8E', '\\x8F',
    '\\x90', '\\x91', '\\x92', '\\x93', '\\x94', '\\x95', '\\x96', '\\x97',
    '\\x98', '\\x99', '\\x9A', '\\x9B', '\\x9C', '\\x9D', '\\x9E', '\\x9F',
  ]);

  function addQuotes(str, quotes) {
    if (quotes === -1) return '"' + str + '"';
    if (quotes === -2) return '`' + str + '`';
    return "'" + str + "'";
  }

  // Escapes control characters, C1 controls, lone surrogates, the backslash
  // and (when it is the quote character) the single quote.
  function escapeChars(str, singleQuote) {
    meta ??= createMeta();
    let result = '';
    let last = 0;
    const len = str.length;
    for (let i = 0; i < len; ++i) {
      const point = StringPrototypeCharCodeAt(str, i);
      if (point === singleQuote || point === 92 || point < 32 ||
          (point > 126 && point < 160)) {
        if (last === i) {
          result += meta[point];
        } else {
          result += StringPrototypeSlice(str, last, i) + meta[point];
        }
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < len) {
          const next = StringPrototypeCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            ++i;
            continue;
          }
        }
        result += StringPrototypeSlice(str, last, i) + '\\u' + NumberPrototypeToString(point, 16);
        last = i + 1;
      }
    }
    if (last === 0) return str;
    if (last !== len) result += StringPrototypeSlice(str, last);
    return result;
  }

  // Anything escapeChars or the quote selection would act on.
  const needsEscapeRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
  function strEscape(str) {
    // Fast path: one native call instead of a charCodeAt call per character.
    if (RegExpPrototypeExec(needsEscapeRegExp, str) === null) return "'" + str + "'";
    let singleQuote = 39;
    // Prefer single quotes; if the string contains one, switch to double
    // quotes, then to backticks, and only escape the quote as a last resort.
    if (StringPrototypeIncludes(str, "'")) {
      if (!StringPrototypeIncludes(str, '"')) {
        singleQuote = -1;
      } else if (!StringPrototypeIncludes(str, '`') &&
                 !StringPrototypeIncludes(str, '${')) {
        singleQuote = -2;
      }
    }
    return addQuotes(escapeChars(str, singleQuote), singleQuote);
  }

  // Used for symbol descriptions and non-enumerable keys: Node escapes them
  // with the single-quote-escaping table regardless of quoting.
  function escapeKey(str) {
    return escapeChars(str, 39);
  }

  // ---------------------------------------------------------------------------
  // String width (Node's non-ICU fallback; known difference 8).
  // ---------------------------------------------------------------------------
  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd)
    );
  }
  function isZeroWidthCodePoint(code) {
    return code <= 0x1F ||
      (code >= 0x7F && code <= 0x9F) ||
      (code >= 0x300 && code <= 0x36F) ||
      (code >= 0x200B && code <= 0x200F) ||
      (code >= 0x20D0 && code <= 0x20FF) ||
      (code >= 0xFE00 && code <= 0xFE0F) ||
      (code >= 0xFE20 && code <= 0xFE2F) ||
      (code >= 0xE0100 && code <= 0xE01EF);
  }
  // Printable ASCII only: width === length (one native call instead of a
  // charCodeAt call per character).
  const nonPrintableAsciiRegExp = /[^\x20-\x7e]/;
  function getStringWidth(str, removeControlChars) {
    let width = 0;
    if (removeControlChars) str = stripVTControlCharacters(str);
    if (RegExpPrototypeExec(nonPrintableAsciiRegExp, str) === null) return str.length;
    for (let i = 0; i < str.length; ++i) {
      const code = StringPrototypeCharCodeAt(str, i);
      if (code >= 127) {
        const rest = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
        for (let j = 0; j < rest.length; ++j) {
          const cp = StringPrototypeCodePointAt(rest, j);
          if (cp > 0xffff) ++j;
          if (isFullWidthCodePoint(cp)) {
            width += 2;
          } else if (!isZeroWidthCodePoint(cp)) {
            ++width;
          }
        }
        break;
      }
      width += code >= 32 ? 1 : 0;
    }
    return width;
  }

  // ---------------------------------------------------------------------------
  // inspect()
  // ---------------------------------------------------------------------------
  function getUserOptions(ctx, isCrossContext) {
    const ret = {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: ctx.numericSeparator,
      ...ctx.userOptions,
    };
    if (isCrossContext) {
      ObjectSetPrototypeOf(ret, null);
      const keys = ObjectKeys(ret);
      for (let i = 0; i < keys.length; ++i) {
        const v = ret[keys[i]];
        if (isObjectLike(v)) delete ret[keys[i]];
      }
      const stylize = ctx.stylize;
      ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
        let stylized;
        try {
          stylized = StringPrototypeConcat('', stylize(value, flavour));
        } catch {
          // Continue regardless of error.
        }
        if (typeof stylized !== 'string') return value;
        return stylized;
      }, null);
    }
    return ret;
  }

  function newContext() {
    return {
      __proto__: null,
      // Characters emitted per indentation level (Node's ctx.budget).
      budget: newList(),
      indentationLvl: 0,
      seen: newList(),
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: inspectDefaultOptions.showHidden,
      depth: inspectDefaultOptions.depth,
      colors: inspectDefaultOptions.colors,
      customInspect: inspectDefaultOptions.customInspect,
      showProxy: inspectDefaultOptions.showProxy,
      maxArrayLength: inspectDefaultOptions.maxArrayLength,
      maxStringLength: inspectDefaultOptions.maxStringLength,
      breakLength: inspectDefaultOptions.breakLength,
      compact: inspectDefaultOptions.compact,
      sorted: inspectDefaultOptions.sorted,
      getters: inspectDefaultOptions.getters,
      numericSeparator: inspectDefaultOptions.numericSeparator,
      userOptions: undefined,
      circularKeys: undefined,
      circularValues: undefined,
    };
  }

  // Creating the 20-odd property context costs more than formatting a small
  // object in QuickJS, so contexts are recycled. inspect() is re-entrant
  // (custom inspect functions call it), hence a pool rather than a singleton.
  // A pooled context holds no reference to user values.
  const contextPool = newList();
  function acquireContext() {
    const n = contextPool.length;
    if (n === 0) return newContext();
    const ctx = contextPool[n - 1];
    contextPool.length = n - 1;
    return ctx;
  }
  function releaseContext(ctx) {
    ctx.budget.length = 0;
    ctx.indentationLvl = 0;
    ctx.seen.length = 0;
    ctx.currentDepth = 0;
    ctx.stylize = stylizeNoColor;
    // Spelled out: computed-key stores cost an atom lookup each in QuickJS.
    ctx.showHidden = inspectDefaultOptions.showHidden;
    ctx.depth = inspectDefaultOptions.depth;
    ctx.colors = inspectDefaultOptions.colors;
    ctx.customInspect = inspectDefaultOptions.customInspect;
    ctx.showProxy = inspectDefaultOptions.showProxy;
    ctx.maxArrayLength = inspectDefaultOptions.maxArrayLength;
    ctx.maxStringLength = inspectDefaultOptions.maxStringLength;
    ctx.breakLength = inspectDefaultOptions.breakLength;
    ctx.compact = inspectDefaultOptions.compact;
    ctx.sorted = inspectDefaultOptions.sorted;
    ctx.getters = inspectDefaultOptions.getters;
    ctx.numericSeparator = inspectDefaultOptions.numericSeparator;
    ctx.userOptions = undefined;
    ctx.circularKeys = undefined;
    ctx.circularValues = undefined;
    if (contextPool.length < 16) push(contextPool, ctx);
  }
  // Read-only defaults for formatting a primitive without a context.
  const primitiveContext = ObjectFreeze(newContext());

  /**
   * util.inspect(value[, options]) — also accepts Node's legacy signature
   * (value, showHidden, depth, colors).
   */
  function inspect(value, opts) {
    if (arguments.length <= 2 && opts === undefined &&
        typeof value !== 'object' && typeof value !== 'function') {
      // The common console.log('x =', 4) case: no context needed.
      return formatPrimitive(stylizeNoColor, value, primitiveContext);
    }
    const ctx = acquireContext();
    try {
      if (arguments.length > 1) {
        if (arguments.length > 2) {
          if (arguments[2] !== undefined) ctx.depth = arguments[2];
          if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
        }
        if (typeof opts === 'boolean') {
          ctx.showHidden = opts;
        } else if (opts) {
          const optKeys = ObjectKeys(opts);
          for (let i = 0; i < optKeys.length; ++i) {
            const key = optKeys[i];
            if (listIncludes(optionKeys, key) || key === 'stylize') {
              ctx[key] = opts[key];
            } else if (ctx.userOptions === undefined) {
              ctx.userOptions = opts;
            }
          }
        }
      }
      if (ctx.colors) ctx.stylize = stylizeWithColor;
      if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
      if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
      const result = formatValue(ctx, value, 0);
      releaseContext(ctx);
      return result;
    } catch (err) {
      // Last line of defence (e.g. a throwing user-supplied stylize). The
      // context is dropped, not recycled: its state is unknown.
      rethrowIfFatal(err);
      return '[Inspection threw ' + describeThrown(err) + ']';
    }
  }
  ObjectDefineProperty(inspect, 'custom', { __proto__: null, value: customInspectSymbol });

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    // A Proxy's getPrototypeOf trap could fabricate an endless chain.
    let guard = 0;
    while (obj) {
      if (++guard > 100000) return internalGetConstructorName(tmp) + ' <Complex prototype>';
      // Built-in prototypes are recognised by identity, so a tampered (or, in
      // llmos, removed) `constructor` property cannot change their name.
      // Node also checks that `tmp` inherits from it. It does by construction
      // (obj was reached by walking tmp's chain) unless obj is tmp itself.
      const wellKnown = obj !== tmp ? wellKnownPrototypeName(obj) : undefined;
      if (wellKnown !== undefined) {
        // Node special-cases only Object/Function.prototype; for the others it
        // takes the generic `constructor` path below, whose condition differs.
        if (protoProps !== undefined &&
            (firstProto !== obj ||
             (obj !== ObjectPrototype && obj !== FunctionPrototype &&
              !isBuiltInName(wellKnown)))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return wellKnown;
      }
      // hasOwnProperty first: far cheaper than building a descriptor, and
      // instances rarely have an own `constructor`.
      const descriptor = ObjectPrototypeHasOwnProperty(obj, 'constructor') ?
        getOwnDesc(obj, 'constructor') : undefined;
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' &&
          isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return StringCtor(descriptor.value.name);
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    const res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return res + ' <Complex prototype>';
    }
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return StringPrototypeConcat(res + ' <', inspect(firstProto, {
        ...optionsOf(ctx),
        customInspect: false,
        depth: -1,
      }), '>');
    }
    return res + ' <' + protoConstr + '>';
  }

  function optionsOf(ctx) {
    // Null prototype: these writes must not reach setters on Object.prototype.
    const o = { __proto__: null };
    for (let i = 0; i < optionKeys.length; ++i) o[optionKeys[i]] = ctx[optionKeys[i]];
    o.stylize = ctx.stylize;
    return o;
  }

  let intrinsicNames;
  function wellKnownPrototypeName(obj) {
    if (obj === ObjectPrototype) return 'Object';
    if (obj === FunctionPrototype) return 'Function';
    if (obj === AsyncFunctionPrototype) return 'AsyncFunction';
    if (obj === GeneratorFunctionPrototype) return 'GeneratorFunction';
    if (obj === AsyncGeneratorFunctionPrototype) return 'AsyncGeneratorFunction';
    return intrinsicPrototypeName(obj);
  }
  let intrinsicConstructorNames;
  function buildIntrinsicNames() {
    intrinsicNames = new WeakMapCtor();
    intrinsicConstructorNames = new WeakMapCtor();
    const add = (ctor, name) => {
      if (typeof ctor !== 'function') return;
      const desc = getOwnDesc(ctor, 'prototype');
      if (desc !== undefined && isObjectLike(desc.value)) {
        WeakMapPrototypeSet(intrinsicNames, desc.value, name);
      }
      WeakMapPrototypeSet(intrinsicConstructorNames, ctor, name);
    };
    const ctorNames = ObjectKeys(intrinsicConstructors);
    for (let i = 0; i < ctorNames.length; ++i) add(intrinsicConstructors[ctorNames[i]], ctorNames[i]);
    const typedNames = ObjectKeys(typedArrayCtors);
    for (let i = 0; i < typedNames.length; ++i) add(typedArrayCtors[typedNames[i]], typedNames[i]);
  }
  // Array.prototype -> 'Array' etc. (see intrinsicConstructors).
  function intrinsicPrototypeName(obj) {
    if (intrinsicNames === undefined) buildIntrinsicNames();
    return WeakMapPrototypeGet(intrinsicNames, obj);
  }
  // Array -> 'Array' etc.
  function intrinsicConstructorName(fn) {
    if (intrinsicNames === undefined) buildIntrinsicNames();
    return WeakMapPrototypeGet(intrinsicConstructorNames, fn);
  }

  // `object instanceof ctor`. A Symbol.hasInstance that the lookup would
  // find on a built-in constructor (inherited by a subclass) can only be an
  // artifact's, as Node's realm has none there: OrdinaryHasInstance runs
  // instead. A user-defined one is honoured, as in Node.
  function isInstanceof(object, ctor) {
    try {
      let f = ctor;
      for (let guard = 0; guard < 100000; ++guard) {
        if (f === null || f === FunctionPrototype ||
            intrinsicConstructorName(f) !== undefined) break;
        if (ObjectPrototypeHasOwnProperty(f, SymbolHasInstance)) return object instanceof ctor;
        f = ObjectGetPrototypeOf(f);
      }
      return FunctionPrototypeHasInstance(ctor, object);
    } catch {
      return false;
    }
  }

  // Adds user-defined prototype properties to `output` (showHidden only).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        // Identity check first: llmos removes Function.prototype.constructor,
        // which would otherwise let the walk continue into Function.prototype.
        if (obj === ObjectPrototype || obj === FunctionPrototype ||
            intrinsicPrototypeName(obj) !== undefined) return;
        const descriptor = getOwnDesc(obj, 'constructor');
        if (descriptor !== undefined &&
            typeof descriptor.value === 'function' &&
            isBuiltInName(descriptor.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        keySet = newList();
      } else {
        for (let i = 0; i < keys.length; ++i) push(keySet, keys[i]);
      }
      keys = ReflectOwnKeys(obj);
      push(ctx.seen, main);
      for (let i = 0; i < keys.length; ++i) {
        const key = keys[i];
        if (key === 'constructor' ||
            ObjectPrototypeHasOwnProperty(main, key) ||
            (depth !== 0 && listIncludes(keySet, key))) {
          continue;
        }
        const desc = getOwnDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        if (ctx.colors) {
          push(output, '\u001b[2m' + value + '\u001b[22m');
        } else {
          push(output, value);
        }
      }
      --ctx.seen.length;
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      }
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) {
      return constructor + size + ' [' + tag + '] ';
    }
    return constructor + size + ' ';
  }

  // Own enumerable string keys followed by enumerable symbols (or all own
  // keys with showHidden), always as a fresh safe list.
  // The result may be the engine's own array (Array.prototype, so writes
  // could hit inherited index setters): callers that modify it copy it first
  // with copyList. Reading its dense own elements is safe.
  function getKeys(value, showHidden) {
    let keys;
    const symbols = ObjectGetOwnPropertySymbols(value);
    if (showHidden) {
      keys = copyList(ObjectGetOwnPropertyNames(value));
      for (let i = 0; i < symbols.length; ++i) push(keys, symbols[i]);
    } else {
      keys = ObjectKeys(value);
      if (symbols.length !== 0) {
        keys = copyList(keys);
        for (let i = 0; i < symbols.length; ++i) {
          if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) push(keys, symbols[i]);
        }
      }
    }
    return keys;
  }

  function isArrayIndexKey(key) {
    // Canonical array index: "0" or [1-9][0-9]* below 2^32 - 1.
    const len = key.length;
    if (len === 0 || len > 10) return false;
    const c0 = StringPrototypeCharCodeAt(key, 0);
    if (c0 === 48) return len === 1;
    for (let i = 0; i < len; ++i) {
      const c = StringPrototypeCharCodeAt(key, i);
      if (c < 48 || c > 57) return false;
    }
    return len < 10 || +key < 4294967295;
  }

  // Equivalent of V8's GetOwnNonIndexProperties (strings first, then symbols).
  // JS can only get there by enumerating *all* own keys, indices included, so
  // long dense arrays and typed arrays are not scanned (known difference 7).
  // Sparse arrays are: QuickJS stores them as ordinary objects, so their key
  // list is as small as their real content, whatever their length.
  function getOwnNonIndexProperties(value, showHidden, length, isTyped) {
    const out = newList();
    if (length > kMaxKeyScan && (isTyped || looksDense(value, length))) return out;
    const keys = ReflectOwnKeys(value);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      if (typeof key === 'string' && isArrayIndexKey(key)) continue;
      if (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
      push(out, key);
    }
    return out;
  }

  // Probes a few indices; a hole anywhere means a sparse (slow) array.
  function looksDense(array, length) {
    for (let i = 0; i <= 8; ++i) {
      if (!ObjectPrototypeHasOwnProperty(array, MathFloor((length - 1) * i / 8))) return false;
    }
    return true;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalGetConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = newList();
    push(res, formatValue(ctx, proxy[0], recurseTimes));
    push(res, formatValue(ctx, proxy[1], recurseTimes));
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', 'Proxy [', ']', kArrayExtrasType, recurseTimes);
  }

  // Entry point for every value. Objects are formatted inside a try/catch so
  // that a hostile object turns into a marker instead of an exception; the
  // context (seen stack, indentation) is restored to what it was on entry.
  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      if (typeof value === 'number' && !ctx.numericSeparator) {
        // Hot path (arrays of numbers): formatNumber inlined.
        return ctx.stylize(value === 0 && 1 / value < 0 ? '-0' : '' + value, 'number');
      }
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');
    const seenLength = ctx.seen.length;
    const indentationLvl = ctx.indentationLvl;
    try {
      return formatObject(ctx, value, recurseTimes, typedArray);
    } catch (err) {
      ctx.seen.length = seenLength;
      ctx.indentationLvl = indentationLvl;
      if (isStackOverflowError(err)) {
        return ctx.stylize('[Object: Inspection interrupted prematurely. ' +
                           'Maximum call stack size exceeded.]', 'special');
      }
      return inspectionThrew(ctx, err);
    }
  }

  function formatObject(ctx, value, recurseTimes, typedArray) {
    const context = value;
    // Node never triggers Proxy traps; with the host hook we can do the same.
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy[0];
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' &&
          maybeCustom !== inspect && maybeCustom !== publicInspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const isCrossContext = proxy !== undefined ||
          !inherits(ObjectPrototype, context);
        const ret = ReflectApply(maybeCustom, context,
                                 [depth, getUserOptions(ctx, isCrossContext), inspect]);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return replaceAll(ret, '\n', '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl));
        }
      }
    }

    if (listIncludes(ctx.seen, value)) {
      let index = 1;
      if (ctx.circularKeys === undefined) {
        ctx.circularKeys = newList();
        ctx.circularValues = newList();
        push(ctx.circularKeys, value);
        push(ctx.circularValues, index);
      } else {
        const pos = listIndexOf(ctx.circularKeys, value);
        if (pos === -1) {
          index = ctx.circularKeys.length + 1;
          push(ctx.circularKeys, value);
          push(ctx.circularValues, index);
        } else {
          index = ctx.circularValues[pos];
        }
      }
      return ctx.stylize('[Circular *' + index + ']', 'special');
    }

    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
      protoProps = newList();
    }
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
    // Computed on first use: plain objects and arrays never need it.
    let bp = kUnset;

    const rawTag = value[SymbolToStringTag];
    let tag = rawTag;
    // Only list the tag in case it's non-enumerable / not an own property,
    // otherwise it would be printed twice.
    if (typeof tag !== 'string' ||
        (tag !== '' &&
         (ctx.showHidden ?
           ObjectPrototypeHasOwnProperty :
           ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))) {
      tag = '';
    }
    let base = '';
    let formatter = getEmptyFormatArray;
    // Node keeps these in a two-element `braces` array; two strings avoid an
    // allocation per object.
    let open;
    let close = '}';
    let noIterator = true;
    let extrasType = kObjectType;
    // How many leading `keys` are built-in accessors (byteLength & co).
    let builtinKeys = 0;

    // Iterators and the rest are split to reduce checks.
    if (constructor === null || hasIterator(value)) {
      noIterator = false;
      if (ArrayIsArray(value)) {
        const length = value.length;
        const prefix = (constructor !== 'Array' || tag !== '') ?
          getPrefix(constructor, tag, 'Array', '(' + length + ')') : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden, length, false);
        open = prefix + '[';
        close = ']';
        if (length === 0 && keys.length === 0 && protoProps === undefined) {
          return open + ']';
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isTypedArray(value)) {
        const size = TypedArrayPrototypeGetLength(value);
        keys = getOwnNonIndexProperties(value, ctx.showHidden, size, true);
        let bound = value;
        let fallback = '';
        if (constructor === null) {
          fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
          // Reconstruct the array information.
          bound = new typedArrayCtors[fallback](value);
        }
        const prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
        open = prefix + '[';
        close = ']';
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return open + ']';
        formatter = (ctx, value, recurseTimes) =>
          formatTypedArray(bound, size, ctx, value, recurseTimes);
        extrasType = kArrayExtrasType;
      } else if (isSet(value, (bp = nearestBuiltinPrototype(value)))) {
        const size = SetPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        const unlimited = constructor === null;
        formatter = (ctx, ignored, recurseTimes) =>
          formatSet(value, size, unlimited, ctx, recurseTimes);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        open = prefix + '{';
        close = '}';
      } else if (isMap(value, bp)) {
        const size = MapPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        const unlimited = constructor === null;
        formatter = (ctx, ignored, recurseTimes) =>
          formatMap(value, size, unlimited, ctx, recurseTimes);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        open = prefix + '{';
        close = '}';
      } else if (isMapIterator(value, bp)) {
        keys = getKeys(value, ctx.showHidden);
        open = getIteratorBraces('Map', tag);
        formatter = formatIterator;
      } else if (isSetIterator(value, bp)) {
        keys = getKeys(value, ctx.showHidden);
        open = getIteratorBraces('Set', tag);
        formatter = formatIterator;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      open = '{';
      close = '}';
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value, rawTag)) {
          open = '[Arguments] {';
        } else if (tag !== '') {
          open = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && protoProps === undefined) return open + '}';
      } else if (isRegExp(value, (bp = bp === kUnset ? nearestBuiltinPrototype(value) : bp))) {
        // (Node rebuilds a null-prototype regexp first; the captured getters
        // below do not need a prototype.)
        base = regExpToString(value);
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value, bp)) {
        base = NumberIsNaN(DatePrototypeGetTime(value)) ?
          DatePrototypeToString(value) :
          DatePrototypeToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value, bp, rawTag)) {
        keys = copyList(keys);
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isAnyArrayBuffer(value, bp)) {
        const shared = !isArrayBuffer(value, bp);
        const prefix = getPrefix(constructor, tag, shared ? 'SharedArrayBuffer' : 'ArrayBuffer');
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          const byteLength = getBuiltinAccessor(value, 'byteLength');
          return prefix + StringPrototypeConcat(
            '{ byteLength: ', formatNumber(ctx.stylize, byteLength, false), ' }');
        }
        open = prefix + '{';
        keys = copyList(keys);
        listUnshift(keys, ['byteLength']);
        builtinKeys = 1;
      } else if (isDataView(value)) {
        open = getPrefix(constructor, tag, 'DataView') + '{';
        // .buffer goes last, it's not a primitive like the others.
        keys = copyList(keys);
        listUnshift(keys, ['byteLength', 'byteOffset', 'buffer']);
        builtinKeys = 3;
      } else if (isPromise(value, bp)) {
        open = getPrefix(constructor, tag, 'Promise') + '{';
        formatter = formatPromise;
      } else if (isWeakSet(value, bp)) {
        open = getPrefix(constructor, tag, 'WeakSet') + '{';
        formatter = formatWeakCollection;
      } else if (isWeakMap(value, bp)) {
        open = getPrefix(constructor, tag, 'WeakMap') + '{';
        formatter = formatWeakCollection;
      } else if (isBoxedPrimitive(value, bp)) {
        keys = copyList(keys);
        base = getBoxedBase(value, ctx, keys, constructor, tag, bp);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return getCtxStyle(value, constructor, tag) + '{}';
        }
        open = getCtxStyle(value, constructor, tag) + '{';
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    push(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; ++i) {
        push(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType,
                                    i < builtinKeys ? kBuiltinAccessor : undefined));
      }
      if (protoProps !== undefined) {
        for (let i = 0; i < protoProps.length; ++i) push(output, protoProps[i]);
      }
    } catch (err) {
      if (!isStackOverflowError(err)) throw err;
      const constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
      --ctx.seen.length;
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize('[' + constructorName + ': Inspection interrupted ' +
                         'prematurely. Maximum call stack size exceeded.]', 'special');
    }
    if (ctx.circularKeys !== undefined) {
      const pos = listIndexOf(ctx.circularKeys, value);
      if (pos !== -1) {
        const reference = ctx.stylize('<ref *' + ctx.circularValues[pos] + '>', 'special');
        // Add reference always to the very beginning of the output.
        if (ctx.compact !== true) {
          base = base === '' ? reference : StringPrototypeConcat('', reference, ' ', base);
        } else {
          open = StringPrototypeConcat('', reference, ' ', open);
        }
      }
    }
    --ctx.seen.length;

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        ArrayPrototypeSort(output, comparator);
      } else if (keys.length > 1) {
        const start = output.length - keys.length;
        const tail = newList();
        for (let i = start; i < output.length; ++i) push(tail, output[i]);
        ArrayPrototypeSort(tail, comparator);
        for (let i = 0; i < tail.length; ++i) output[start + i] = tail[i];
      }
    }

    const res = reduceToSingleString(ctx, output, base, open, close, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Past ~128M characters, stop descending: keeps huge graphs bounded.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  function getEmptyFormatArray() {
    return newList();
  }

  function regExpToString(re) {
    let flags = '';
    for (let i = 0; i < regExpFlagGetters.length; ++i) {
      if (regExpFlagGetters[i][0](re)) flags += regExpFlagGetters[i][1];
    }
    return '/' + RegExpPrototypeGetSource(re) + '/' + flags;
  }

  function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
      if (tag !== '') tag += '] [';
      tag += type + ' Iterator';
    }
    return '[' + tag + '] {';
  }

  function getBoxedBase(value, ctx, keys, constructor, tag, bp) {
    let fn;
    let type;
    if (isNumberObject(value, bp)) {
      fn = NumberPrototypeValueOf;
      type = 'Number';
    } else if (isStringObject(value, bp)) {
      fn = StringPrototypeValueOf;
      type = 'String';
      // The indexed characters are redundant with the value itself.
      listRemoveAt(keys, 0, MathMin(keys.length, StringPrototypeValueOf(value).length));
    } else if (isBooleanObject(value, bp)) {
      fn = BooleanPrototypeValueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value, bp)) {
      fn = BigIntPrototypeValueOf;
      type = 'BigInt';
    } else {
      fn = SymbolPrototypeValueOf;
      type = 'Symbol';
    }
    let base = '[' + type;
    if (type !== constructor) {
      if (constructor === null) {
        base += ' (null prototype)';
      } else {
        base += ' (' + constructor + ')';
      }
    }
    base += ': ' + formatPrimitive(stylizeNoColor, fn(value), ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, StringPrototypeToLowerCase(type));
  }

  function getClassBase(value, constructor, tag) {
    const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
    const name = (hasName && value.name) || '(anonymous)';
    let base = StringPrototypeConcat('class ', name);
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      // The built-in constructors' names are snapshotted (`name` is configurable).
      const superClass = ObjectGetPrototypeOf(value);
      const superName = superClass === FunctionPrototype ? '' :
        intrinsicConstructorName(superClass) ?? superClass.name;
      if (superName) base += StringPrototypeConcat(' extends ', superName);
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  // Only needed for the rare "class with a parenthesis before its body"
  // slow path, so created on first use.
  let classRegExp;
  let stripCommentsRegExp;

  function getFunctionBase(value, constructor, tag) {
    const stringified = FunctionPrototypeToString(value);
    if (StringPrototypeStartsWith(stringified, 'class') &&
        StringPrototypeEndsWith(stringified, '}')) {
      const slice = StringPrototypeSlice(stringified, 5, -1);
      const bracketIndex = StringPrototypeIndexOf(slice, '{');
      if (bracketIndex !== -1 &&
          (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
           // Slow path to guarantee that it's indeed a class.
           RegExpPrototypeExec(classRegExp ??= /^(\s+[^(]*?)\s*{/,
                               regExpRemoveAll(stripCommentsRegExp ??= /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g,
                                               slice)) !== null)) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = 'Function';
    if (isGeneratorFunction(value)) type = 'Generator' + type;
    if (isAsyncFunction(value)) type = 'Async' + type;
    let base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += StringPrototypeConcat(': ', value.name);
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // ---------------------------------------------------------------------------
  // Errors.
  // ---------------------------------------------------------------------------
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; ++i) {
      const pos = listIndexOf(b, a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = MathMin(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) ++len;
          if (len > 3) return { __proto__: null, len, offset: i };
        }
      }
    }
    return { __proto__: null, len: 0, offset: 0 };
  }

  // QuickJS stacks contain only the frames ("    at f (file:1:2)\n" per
  // frame, trailing newline included); V8 stacks start with "Name: message".
  // Synthesize the V8 shape so the rest of Node's logic applies unchanged.
  function getStackString(error) {
    const stack = error.stack;
    if (!stack) return ErrorPrototypeToString(error);
    let s = StringCtor(stack);
    if (StringPrototypeStartsWith(s, '    at ')) {
      while (StringPrototypeEndsWith(s, '\n')) s = StringPrototypeSlice(s, 0, -1);
      s = ErrorPrototypeToString(error) + '\n' + s;
    }
    return s;
  }

  function getStackFrames(ctx, err, stack) {
    const frames = splitString(stack, '\n');
    let cause;
    try {
      cause = err.cause;
    } catch {
      // If 'cause' is a getter that throws, ignore it.
    }
    // Remove stack frames identical to frames in cause.
    if (cause != null && isObjectLike(cause) &&
        isError(cause, nearestBuiltinPrototype(cause), kUnset)) {
      const causeStack = getStackString(cause);
      const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = splitString(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
        const range = identicalSequenceRange(frames, causeFrames);
        if (range.len > 0) {
          const skipped = range.len - 2;
          const msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
          listRemoveAt(frames, range.offset + 1, skipped);
          const rest = newList();
          for (let i = range.offset + 1; i < frames.length; ++i) push(rest, frames[i]);
          frames.length = range.offset + 1;
          push(frames, ctx.stylize(msg, 'undefined'));
          for (let i = 0; i < rest.length; ++i) push(frames, rest[i]);
        }
      }
    }
    return frames;
  }

  // Only used for errors without a prototype: created on first use.
  let errorNameRegExp;
  let errorNameRegExp2;

  function improveStack(stack, constructor, name, tag) {
    // A stack trace may contain arbitrary data. Only manipulate the output
    // for "regular errors" (errors that "look normal").
    let len = name.length;
    if (constructor === null ||
        (StringPrototypeEndsWith(name, 'Error') &&
         StringPrototypeStartsWith(stack, name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        errorNameRegExp ??= /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/;
        errorNameRegExp2 ??= /^([a-z_A-Z0-9-]*Error)$/;
        const start = RegExpPrototypeExec(errorNameRegExp, stack) ||
          RegExpPrototypeExec(errorNameRegExp2, stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (StringPrototypeIncludes(prefix, name)) {
          if (len === 0) {
            stack = prefix + ': ' + stack;
          } else {
            stack = prefix + StringPrototypeSlice(stack, len);
          }
        } else {
          stack = prefix + ' [' + name + ']' + StringPrototypeSlice(stack, len);
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      const names = ['name', 'message', 'stack'];
      for (let n = 0; n < 3; ++n) {
        const index = listIndexOf(keys, names[n]);
        // Only hide the property in case it's part of the original stack.
        if (index !== -1 && StringPrototypeIncludes(stack, err[names[n]])) {
          listRemoveAt(keys, index, 1);
        }
      }
    }
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? StringCtor(err.name) : 'Error';
    let stack = getStackString(err);

    removeDuplicateErrorKeys(ctx, keys, err, stack);

    if ('cause' in err && (keys.length === 0 || !listIncludes(keys, 'cause'))) {
      push(keys, 'cause');
    }
    // Print errors aggregated into AggregateError.
    if (ArrayIsArray(err.errors) && (keys.length === 0 || !listIncludes(keys, 'errors'))) {
      push(keys, 'errors');
    }

    stack = improveStack(stack, constructor, name, tag);

    // Ignore the error message if it's contained in the stack.
    let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    // Wrap the error in brackets in case it has no stack trace.
    const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      let newStack = StringPrototypeSlice(stack, 0, stackStart);
      const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
      if (ctx.colors) {
        // Node greys out its own core frames; there are none here.
        for (let i = 0; i < lines.length; ++i) newStack += StringPrototypeConcat('\n', lines[i]);
      } else {
        newStack += '\n' + join(lines, '\n');
      }
      stack = newStack;
    }
    // The message and the stack have to be indented as well!
    if (ctx.indentationLvl !== 0) {
      const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
      stack = replaceAll(stack, '\n', '\n' + indentation);
    }
    return stack;
  }

  // ---------------------------------------------------------------------------
  // Layout.
  // ---------------------------------------------------------------------------
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) {
      // This makes sure the "... n more items" part is not taken into account.
      --outputLength;
    }
    const separatorSpace = 2; // Add 1 for the space and 1 for the separator.
    const dataLen = newList();
    // Calculate the total length of all output entries and the individual max
    // entry length.
    for (; i < outputLength; ++i) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    // Check if at least three entries fit next to each other and prevent
    // grouping of arrays that contain entries of very different length.
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const approxCharHeights = 2.5;
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      // Dynamically check how many columns seem possible.
      // `| 0`: QuickJS returns doubles from Math.*, and loop counters derived
      // from a double stay on the interpreter's slow path. (The value is a
      // small integer either way.)
      const columns = MathMin(
        MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      ) | 0;
      if (columns <= 1) return output;
      const tmp = newList();
      const maxLineLength = newList();
      for (let i = 0; i < columns; ++i) {
        let lineMaxLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength[i] = lineMaxLength + separatorSpace;
      }
      let order = StringPrototypePadStart;
      if (value !== undefined) {
        const typed = isTypedArray(value);
        for (let i = 0; i < output.length; ++i) {
          // (A hole is undefined, whatever Array.prototype holds.)
          const v = typed || ObjectPrototypeHasOwnProperty(value, i) ? value[i] : undefined;
          if (typeof v !== 'number' && typeof v !== 'bigint') {
            order = StringPrototypePadEnd;
            break;
          }
        }
      }
      // Each iteration creates a single line of grouped entries.
      for (let i = 0; i < outputLength; i += columns) {
        const max = MathMin(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; ++j) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += order(StringPrototypeConcat('', output[j], ', '), padding, ' ');
        }
        if (order === StringPrototypePadStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += StringPrototypePadStart(output[j], padding, ' ');
        } else {
          str += output[j];
        }
        push(tmp, str);
      }
      if (ctx.maxArrayLength < output.length) push(tmp, output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    // Each entry is separated by at least a comma. Thus, we start with a total
    // length of at least `output.length`.
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; ++i) {
      if (ctx.colors) {
        totalLength += removeColors(output[i]).length;
      } else {
        totalLength += output[i].length;
      }
      if (totalLength > ctx.breakLength) return false;
    }
    // Do not line up properties on the same line if `base` contains line breaks.
    return base === '' || !StringPrototypeIncludes(base, '\n');
  }

  function reduceToSingleString(ctx, output, base, open, close, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        // Memorize the original output length. In case the output is grouped,
        // prevent lining up the entries on a single line.
        const entries = output.length;
        // Group array elements together if the array contains at least six
        // separate entries.
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Consolidate all entries of the local most inner depth up to
        // `ctx.compact`, as long as the properties are smaller than
        // `ctx.breakLength`.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + open.length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joinedOutput = join(output, ', ');
            if (!StringPrototypeIncludes(joinedOutput, '\n')) {
              return (base ? StringPrototypeConcat('', base, ' ') : '') + open + ' ' +
                joinedOutput + ' ' + close;
            }
          }
        }
      }
      // Line up each entry on an individual line.
      const indentation = '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl);
      return (base ? StringPrototypeConcat('', base, ' ') : '') + open + indentation + '  ' +
        join(output, ',' + indentation + '  ') + indentation + close;
    }
    // Line up all entries on a single line in case the entries do not exceed
    // `breakLength`.
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return open + (base ? StringPrototypeConcat(' ', base) : '') + ' ' +
        join(output, ', ') + ' ' + close;
    }
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    // If the opening "brace" is too large, like in the case of "Set {",
    // we need to force the first item to be on the next line or the
    // items will not line up correctly.
    const ln = base === '' && open.length === 1 ?
      ' ' : (base ? StringPrototypeConcat(' ', base) : '') + '\n' + indentation + '  ';
    return open + ln + join(output, ',\n' + indentation + '  ') + ' ' + close;
  }

  // ---------------------------------------------------------------------------
  // Primitives.
  // ---------------------------------------------------------------------------
  function addNumericSeparator(integerString) {
    let result = '';
    let i = integerString.length;
    const start = StringPrototypeStartsWith(integerString, '-') ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = '_' + StringPrototypeSlice(integerString, i - 3, i) + result;
    }
    return i === integerString.length ?
      integerString :
      StringPrototypeSlice(integerString, 0, i) + result;
  }

  function addNumericSeparatorEnd(integerString) {
    let result = '';
    let i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += StringPrototypeSlice(integerString, i, i + 3) + '_';
    }
    return i === 0 ? integerString : result + StringPrototypeSlice(integerString, i);
  }

  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      // Format -0 as '-0'. Checking `number === -0` won't distinguish 0 from -0.
      if (number === 0 && 1 / number < 0) return fn('-0', 'number');
      return fn('' + number, 'number');
    }
    const numberString = StringCtor(number);
    const integer = MathTrunc(number);
    if (integer === number) {
      if (!NumberIsFinite(number) || StringPrototypeIncludes(numberString, 'e')) {
        return fn(numberString, 'number');
      }
      return fn(addNumericSeparator(numberString), 'number');
    }
    if (NumberIsNaN(number)) return fn(numberString, 'number');
    const decimalIndex = StringPrototypeIndexOf(numberString, '.');
    const integerPart = StringPrototypeSlice(numberString, 0, decimalIndex);
    const fractionalPart = StringPrototypeSlice(numberString, decimalIndex + 1);
    return fn(addNumericSeparator(integerPart) + '.' + addNumericSeparatorEnd(fractionalPart),
              'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = StringCtor(bigint);
    if (!numericSeparator) return fn(string + 'n', 'bigint');
    return fn(addNumericSeparator(string) + 'n', 'bigint');
  }

  // Split after every "\n", keeping the newline (= split(/(?<=\n)/)).
  function splitLinesKeepNewline(value) {
    const out = newList();
    let last = 0;
    let pos = StringPrototypeIndexOf(value, '\n');
    while (pos !== -1 && pos + 1 < value.length) {
      push(out, StringPrototypeSlice(value, last, pos + 1));
      last = pos + 1;
      pos = StringPrototypeIndexOf(value, '\n', last);
    }
    push(out, StringPrototypeSlice(value, last));
    return out;
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = splitLinesKeepNewline(value);
        const parts = newList();
        for (let i = 0; i < lines.length; ++i) push(parts, fn(strEscape(lines[i]), 'string'));
        return join(parts, ' +\n' + StringPrototypeRepeat(' ', ctx.indentationLvl + 2)) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn('' + value, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    // es6 symbol primitive
    return fn(SymbolPrototypeToString(value), 'symbol');
  }

  // ---------------------------------------------------------------------------
  // Formatters for the different object kinds.
  // ---------------------------------------------------------------------------

  // The array is sparse and/or has extra keys.
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = ObjectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; ++i) {
      const key = keys[i];
      const tmp = +key;
      // Arrays can only have up to 2^32 - 1 entries.
      if (tmp > 2 ** 32 - 2) break;
      if ('' + index !== key) {
        if (!isArrayIndexKey(key)) break;
        const emptyItems = tmp - index;
        const ending = emptyItems > 1 ? 's' : '';
        push(output, ctx.stylize('<' + emptyItems + ' empty item' + ending + '>', 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      push(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
      ++index;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        const ending = remaining > 1 ? 's' : '';
        push(output, ctx.stylize('<' + remaining + ' empty item' + ending + '>', 'undefined'));
      }
    } else if (remaining > 0) {
      push(output, remainingText(remaining));
    }
    return output;
  }

  const hexDigits = '0123456789abcdef';
  function formatArrayBuffer(ctx, value) {
    let buffer;
    const out = newList();
    try {
      buffer = new Uint8ArrayCtor(value);
    } catch {
      push(out, ctx.stylize('(detached)', 'special'));
      return out;
    }
    const byteLength = TypedArrayPrototypeGetLength(buffer);
    const n = MathMin(ctx.maxArrayLength, byteLength);
    let str = '';
    for (let i = 0; i < n; ++i) {
      const b = buffer[i];
      if (i !== 0) str += ' ';
      str += hexDigits[b >> 4] + hexDigits[b & 15];
    }
    const remaining = byteLength - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    push(out, StringPrototypeConcat('', ctx.stylize('[Uint8Contents]', 'special'),
                                    ': <' + str + '>'));
    return out;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = newList();
    const plainNumbers = ctx.stylize === stylizeNoColor && !ctx.numericSeparator;
    for (let i = 0; i < len; ++i) {
      // The descriptor doubles as the hole test (Node: hasOwnProperty), which
      // saves a call per element on this hot path.
      const desc = getOwnDesc(value, i);
      // Special handle sparse arrays.
      if (desc === undefined) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      const v = desc.value;
      if (typeof v === 'number' && plainNumbers) {
        // Hot path for numeric arrays (formatProperty/formatValue inlined).
        output[i] = v === 0 && 1 / v < 0 ? '-0' : '' + v;
      } else {
        output[i] = formatProperty(ctx, value, recurseTimes, i, kArrayType, desc);
      }
    }
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = newList();
    const elementFormatter = length > 0 && typeof value[0] === 'number' ?
      formatNumber : formatBigInt;
    for (let i = 0; i < maxLength; ++i) {
      output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      // .buffer goes last, it's not a primitive like the others.
      ctx.indentationLvl += 2;
      const names = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      for (let i = 0; i < names.length; ++i) {
        const str = formatValue(ctx, getBuiltinAccessor(value, names[i]), recurseTimes, true);
        push(output, StringPrototypeConcat('[' + names[i] + ']: ', str));
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(set, size, unlimited, ctx, recurseTimes) {
    const maxLength = unlimited ? Infinity : MathMin(MathMax(0, ctx.maxArrayLength), size);
    const remaining = size - maxLength;
    const output = newList();
    ctx.indentationLvl += 2;
    const it = SetPrototypeValues(set);
    let i = 0;
    for (;;) {
      if (i >= maxLength) break;
      const step = SetIteratorPrototypeNext(it);
      if (step.done) break;
      push(output, formatValue(ctx, step.value, recurseTimes));
      ++i;
    }
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(map, size, unlimited, ctx, recurseTimes) {
    const maxLength = unlimited ? Infinity : MathMin(MathMax(0, ctx.maxArrayLength), size);
    const remaining = size - maxLength;
    const output = newList();
    ctx.indentationLvl += 2;
    const it = MapPrototypeEntries(map);
    let i = 0;
    for (;;) {
      if (i >= maxLength) break;
      const step = MapIteratorPrototypeNext(it);
      if (step.done) break;
      const entry = step.value;
      const key = StringPrototypeConcat('', formatValue(ctx, entry[0], recurseTimes), ' => ');
      push(output, key + StringPrototypeConcat('', formatValue(ctx, entry[1], recurseTimes)));
      ++i;
    }
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  // Iterator contents cannot be previewed without consuming them (known
  // difference 3), and neither can weak collections.
  function formatIterator(ctx) {
    const out = newList();
    push(out, ctx.stylize('<items unknown>', 'special'));
    return out;
  }
  function formatWeakCollection(ctx) {
    const out = newList();
    push(out, ctx.stylize('<items unknown>', 'special'));
    return out;
  }

  function formatPromise(ctx, value, recurseTimes) {
    const output = newList();
    if (hookPromiseState === undefined) {
      push(output, ctx.stylize('<unknown>', 'special'));
      return output;
    }
    const details = hookPromiseState(value);
    const state = details[0];
    if (state === 0) {
      push(output, ctx.stylize('<pending>', 'special'));
    } else {
      ctx.indentationLvl += 2;
      const str = formatValue(ctx, details[1], recurseTimes);
      ctx.indentationLvl -= 2;
      push(output, state === 2 ?
        StringPrototypeConcat('', ctx.stylize('<rejected>', 'special'), ' ', str) : str);
    }
    return output;
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name, str;
    let extra = ' ';
    if (desc === undefined || desc === kBuiltinAccessor) {
      const builtin = desc === kBuiltinAccessor;
      try {
        desc = getOwnDesc(value, key) || {
          __proto__: null,
          value: builtin ? getBuiltinAccessor(value, key) : value[key],
          enumerable: true,
        };
      } catch (err) {
        // e.g. a throwing getOwnPropertyDescriptor trap: mark just this entry.
        desc = { __proto__: null, value: undefined, enumerable: true };
        str = inspectionThrew(ctx, err);
      }
    }
    if (str !== undefined) {
      // Already rendered as a failure marker.
    } else if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl);
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = ReflectApply(desc.get, original, []);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = StringPrototypeConcat('', s('[' + label + ':', sp), ' ', s('null', 'null'),
                                        s(']', sp));
          } else if (typeof tmp === 'object') {
            str = StringPrototypeConcat('', s('[' + label + ']', sp), ' ',
                                        formatValue(ctx, tmp, recurseTimes));
          } else {
            const primitive = formatPrimitive(s, tmp, ctx);
            str = StringPrototypeConcat('', s('[' + label + ':', sp), ' ', primitive, s(']', sp));
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          rethrowIfFatal(err);
          let message;
          try {
            message = StringPrototypeConcat('<Inspection threw (', err.message, ')>');
          } catch {
            message = '<Inspection threw>';
          }
          str = StringPrototypeConcat('', s('[' + label + ':', sp), ' ', message, s(']', sp));
        }
      } else {
        str = ctx.stylize('[' + label + ']', sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = StringPrototypeConcat(
        '[', ctx.stylize(escapeKey(SymbolPrototypeToString(key)), 'symbol'), ']');
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeKey(key) + ']';
    } else if (isIdentifierKey(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    return StringPrototypeConcat('', name, ':', extra, str);
  }

  // /^[a-zA-Z_][a-zA-Z_0-9]*$/
  // Negated form of Node's keyStrRegExp so that the common case (a plain
  // identifier) is a failed match, which allocates nothing.
  const notIdentifierRegExp = /^$|^[0-9]|[^a-zA-Z_0-9]/;
  function isIdentifierKey(key) {
    return RegExpPrototypeExec(notIdentifierRegExp, key) === null;
  }

  // ---------------------------------------------------------------------------
  // format()
  // ---------------------------------------------------------------------------
  function hasBuiltInToString(value) {
    // Prevent triggering proxy traps.
    const proxyTarget = getProxyDetails(value);
    if (proxyTarget !== undefined) {
      if (proxyTarget === null || proxyTarget[0] === null) return true;
      value = proxyTarget[0];
    }
    let hasOwnToString = ObjectPrototypeHasOwnProperty;
    let hasOwnToPrimitive = ObjectPrototypeHasOwnProperty;

    // Count objects without `toString` and `Symbol.toPrimitive` function as built-in.
    if (typeof value.toString !== 'function') {
      if (typeof value[SymbolToPrimitive] !== 'function') {
        return true;
      } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
        return false;
      }
      hasOwnToString = returnFalse;
    } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
      return false;
    } else if (typeof value[SymbolToPrimitive] !== 'function') {
      hasOwnToPrimitive = returnFalse;
    } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
      return false;
    }

    // Find the object that has the `toString` property or `Symbol.toPrimitive`
    // property as own property in the prototype chain.
    let pointer = value;
    let guard = 0;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
      if (pointer === null || ++guard > 100000) return true;
    } while (!hasOwnToString(pointer, 'toString') &&
             !hasOwnToPrimitive(pointer, SymbolToPrimitive));

    // Check closer if the object is a built-in. The built-in prototypes are
    // recognised by identity: their `constructor` may have been replaced.
    if (pointer === ObjectPrototype || pointer === FunctionPrototype ||
        intrinsicPrototypeName(pointer) !== undefined) return true;
    // Its constructor, %TypedArray%, is not a global, so Node says no.
    if (pointer === TypedArrayPrototype) return false;
    const descriptor = getOwnDesc(pointer, 'constructor');
    return descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      isBuiltInName(descriptor.value.name);
  }

  function returnFalse() {
    return false;
  }

  function firstErrorLine(error) {
    return splitString(StringCtor(error.message), '\n')[0];
  }

  // JSON.stringify(value) for %j, written out: QuickJS's native one pushes
  // onto internal arrays with [[Set]] and so throws as soon as
  // Array.prototype has an index setter. Same semantics otherwise: toJSON,
  // unboxing, getters invoked, undefined/functions/symbols dropped from
  // objects and nulled in arrays, TypeError for BigInt.
  const kJsonCircular = ObjectFreeze({ __proto__: null }); // thrown on cycles
  const jsonNeedsEscapeRegExp = /["\\\x00-\x1f\ud800-\udfff]/;
  function jsonQuote(str) {
    if (RegExpPrototypeExec(jsonNeedsEscapeRegExp, str) === null) return '"' + str + '"';
    let out = '"';
    let last = 0;
    const len = str.length;
    for (let i = 0; i < len; ++i) {
      const c = StringPrototypeCharCodeAt(str, i);
      let esc;
      if (c === 34) {
        esc = '\\"';
      } else if (c === 92) {
        esc = '\\\\';
      } else if (c < 32) {
        esc = c === 8 ? '\\b' : c === 9 ? '\\t' : c === 10 ? '\\n' :
          c === 12 ? '\\f' : c === 13 ? '\\r' :
          '\\u00' + (c < 16 ? '0' : '') + NumberPrototypeToString(c, 16);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const next = StringPrototypeCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            ++i;
            continue;
          }
        }
        // Well-formed JSON.stringify: lone surrogates are escaped.
        esc = '\\u' + NumberPrototypeToString(c, 16);
      } else {
        continue;
      }
      out += StringPrototypeSlice(str, last, i) + esc;
      last = i + 1;
    }
    return out + StringPrototypeSlice(str, last) + '"';
  }
  function jsonSerialize(key, value, stack) {
    if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
      const toJSON = value.toJSON;
      if (typeof toJSON === 'function') value = ReflectApply(toJSON, value, [key]);
    }
    if (typeof value === 'object' && value !== null) {
      const bp = nearestBuiltinPrototype(value);
      if (isNumberObject(value, bp)) {
        value = NumberCtor(value);
      } else if (isStringObject(value, bp)) {
        value = StringCtor(value);
      } else if (isBooleanObject(value, bp)) {
        value = BooleanPrototypeValueOf(value);
      } else if (isBigIntObject(value, bp)) {
        value = BigIntPrototypeValueOf(value);
      }
    }
    if (value === null) return 'null';
    if (value === true) return 'true';
    if (value === false) return 'false';
    if (typeof value === 'string') return jsonQuote(value);
    if (typeof value === 'number') return NumberIsFinite(value) ? '' + value : 'null';
    if (typeof value === 'bigint') {
      throw new TypeErrorCtor('Do not know how to serialize a BigInt');
    }
    if (typeof value !== 'object') return undefined; // undefined, symbol, function
    if (listIncludes(stack, value)) throw kJsonCircular;
    push(stack, value);
    let out = '';
    if (ArrayIsArray(value)) {
      const len = value.length;
      for (let i = 0; i < len; ++i) {
        const str = jsonSerialize('' + i, value[i], stack);
        out += (i === 0 ? '' : ',') + (str === undefined ? 'null' : str);
      }
      out = '[' + out + ']';
    } else {
      const keys = ObjectKeys(value);
      let first = true;
      for (let i = 0; i < keys.length; ++i) {
        const k = keys[i];
        const str = jsonSerialize(k, value[k], stack);
        if (str !== undefined) {
          out += (first ? '' : ',') + jsonQuote(k) + ':' + str;
          first = false;
        }
      }
      out = '{' + out + '}';
    }
    stack.length -= 1;
    return out;
  }

  function tryStringify(arg) {
    try {
      return jsonSerialize('', arg, newList());
    } catch (err) {
      if (err === kJsonCircular) return '[Circular]';
      // A toJSON that ran the native JSON.stringify on a cyclic value.
      if (isObjectLike(err) && err.name === 'TypeError' &&
          firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) {
        return '[Circular]';
      }
      throw err;
    }
  }

  function formatNumberNoColor(number, options) {
    return formatNumber(stylizeNoColor, number,
                        options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
  }

  function formatBigIntNoColor(bigint, options) {
    return formatBigInt(stylizeNoColor, bigint,
                        options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
  }

  function inspectWith(value, inspectOptions, overrides) {
    const opts = { __proto__: null, ...inspectOptions };
    const okeys = ObjectKeys(overrides);
    for (let i = 0; i < okeys.length; ++i) opts[okeys[i]] = overrides[okeys[i]];
    return inspect(value, opts);
  }

  // Converts one %-directive argument. Node lets exceptions from user code
  // (valueOf, toString, toJSON) escape; we render a marker instead.
  function formatDirective(nextChar, arg, inspectOptions) {
    try {
      switch (nextChar) {
        case 115: // 's'
          if (typeof arg === 'number') return formatNumberNoColor(arg, inspectOptions);
          if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
          if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
            return StringCtor(arg);
          }
          return inspectWith(arg, inspectOptions, { compact: 3, colors: false, depth: 0 });
        case 106: // 'j'
          return tryStringify(arg);
        case 100: // 'd'
          if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
          if (typeof arg === 'symbol') return 'NaN';
          return formatNumberNoColor(NumberCtor(arg), inspectOptions);
        case 79: // 'O'
          return inspect(arg, inspectOptions);
        case 111: // 'o'
          return inspectWith(arg, inspectOptions, { showHidden: true, showProxy: true, depth: 4 });
        case 105: // 'i'
          if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
          if (typeof arg === 'symbol') return 'NaN';
          return formatNumberNoColor(NumberParseInt(arg), inspectOptions);
        case 102: // 'f'
          if (typeof arg === 'symbol') return 'NaN';
          return formatNumberNoColor(NumberParseFloat(arg), inspectOptions);
        default: // 'c'
          return '';
      }
    } catch (err) {
      rethrowIfFatal(err);
      return '[Inspection threw ' + describeThrown(err) + ']';
    }
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let joinStr = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; ++i) {
        if (StringPrototypeCharCodeAt(first, i) === 37) { // '%'
          const nextChar = StringPrototypeCharCodeAt(first, ++i);
          if (a + 1 !== args.length) {
            if (nextChar === 37) { // '%'
              str += StringPrototypeSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            }
            if (nextChar !== 115 && nextChar !== 106 && nextChar !== 100 &&
                nextChar !== 79 && nextChar !== 111 && nextChar !== 105 &&
                nextChar !== 102 && nextChar !== 99) {
              // Any other character is not a correct placeholder.
              continue;
            }
            const tempStr = formatDirective(nextChar, args[++a], inspectOptions);
            if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        ++a;
        joinStr = ' ';
        if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += joinStr;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      joinStr = ' ';
      ++a;
    }
    return str;
  }

  // ---------------------------------------------------------------------------
  // console.table (Node v20's console constructor and cli_table.js): the table as
  // one string, or undefined when `data` is not an object (console.log prints it).
  // ---------------------------------------------------------------------------
  function tableCell(v) {
    const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) &&
      ObjectKeys(v).length > 2 ? -1 : 0;
    return inspect(v, { __proto__: null, depth, maxArrayLength: 3, breakLength: Infinity });
  }
  function indexColumn(length) {
    const out = newList();
    for (let i = 0; i < length; ++i) push(out, tableCell(i));
    return out;
  }
  function renderTableRow(row, widths) {
    let out = '\u2502 ';
    for (let i = 0; i < row.length; ++i) {
      out += row[i] + StringPrototypeRepeat(' ', widths[i] - getStringWidth(row[i]));
      if (i !== row.length - 1) out += ' \u2502 ';
    }
    return out + ' \u2502';
  }
  function joinList(list, sep) {
    let out = '';
    for (let i = 0; i < list.length; ++i) out += (i ? sep : '') + list[i];
    return out;
  }
  function renderTable(head, columns) {
    const widths = newList();
    let longest = 0;
    for (let i = 0; i < head.length; ++i) {
      push(widths, getStringWidth(head[i]));
      if (columns[i].length > longest) longest = columns[i].length;
    }
    const rows = newList();
    for (let j = 0; j < longest; ++j) push(rows, newList());
    for (let i = 0; i < head.length; ++i) {
      const column = columns[i];
      for (let j = 0; j < longest; ++j) {
        const value = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
        push(rows[j], value);
        const width = getStringWidth(value);
        if (width > widths[i]) widths[i] = width;
      }
    }
    const divider = newList();
    for (let i = 0; i < widths.length; ++i) push(divider, StringPrototypeRepeat('\u2500', widths[i] + 2));
    let out = '\u250c' + joinList(divider, '\u252c') + '\u2510\n' + renderTableRow(head, widths) + '\n' +
      '\u251c' + joinList(divider, '\u253c') + '\u2524\n';
    for (let j = 0; j < rows.length; ++j) out += renderTableRow(rows[j], widths) + '\n';
    return out + '\u2514' + joinList(divider, '\u2534') + '\u2518';
  }
  function table(data, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw new TypeErrorCtor('The "properties" argument must be an instance of Array');
    }
    if (data === null || typeof data !== 'object') return undefined;
    const bp = nearestBuiltinPrototype(data);
    if (isMap(data, bp)) {
      const keys = newList();
      const values = newList();
      const it = MapPrototypeEntries(data);
      for (;;) {
        const step = MapIteratorPrototypeNext(it);
        if (step.done) break;
        push(keys, tableCell(step.value[0]));
        push(values, tableCell(step.value[1]));
      }
      return renderTable(copyList(['(iteration index)', 'Key', 'Values']),
                         copyList([indexColumn(keys.length), keys, values]));
    }
    if (isSet(data, bp)) {
      const values = newList();
      const it = SetPrototypeValues(data);
      for (;;) {
        const step = SetIteratorPrototypeNext(it);
        if (step.done) break;
        push(values, tableCell(step.value));
      }
      return renderTable(copyList(['(iteration index)', 'Values']),
                         copyList([indexColumn(values.length), values]));
    }
    const map = { __proto__: null };
    let hasPrimitives = false;
    const primitives = newList();
    const indexKeys = copyList(ObjectKeys(data));
    for (let i = 0; i < indexKeys.length; ++i) {
      const item = data[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitives[i] = tableCell(item);
      } else {
        const keys = properties !== undefined ? copyList(properties) : copyList(ObjectKeys(item));
        for (let k = 0; k < keys.length; ++k) {
          const key = keys[k];
          if (map[key] === undefined) map[key] = newList();
          map[key][i] = (primitive && properties !== undefined) || !ObjectPrototypeHasOwnProperty(item, key) ?
            '' : tableCell(item[key]);
        }
      }
    }
    const head = copyList(['(index)']);
    const columns = newList();
    push(columns, indexKeys);
    const mapKeys = ObjectKeys(map);
    for (let k = 0; k < mapKeys.length; ++k) {
      push(head, mapKeys[k]);
      push(columns, map[mapKeys[k]]);
    }
    if (hasPrimitives) {
      push(head, 'Values');
      push(columns, primitives);
    }
    return renderTable(head, columns);
  }

  /** util.format(format[, ...args]) */
  function format(...args) {
    try {
      return formatWithOptionsInternal(undefined, args);
    } catch (err) {
      rethrowIfFatal(err);
      return '[Inspection threw ' + describeThrown(err) + ']';
    }
  }

  /** util.formatWithOptions(inspectOptions, format[, ...args]) */
  function formatWithOptions(inspectOptions, ...args) {
    try {
      if (!isObjectLike(inspectOptions)) inspectOptions = undefined;
      return formatWithOptionsInternal(inspectOptions, args);
    } catch (err) {
      rethrowIfFatal(err);
      return '[Inspection threw ' + describeThrown(err) + ']';
    }
  }
  return ObjectFreeze({ __proto__: null, format, inspect, formatWithOptions, table });
})
