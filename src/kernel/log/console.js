// The artifact's `console` and `LLMOS.log`, formatted like Node (util.format / util.inspect from
// inspect.js). `print(stream, text)` is the host's only entry point: 0 → logs, 1 → stderr.
// Evaluated at most once per context; its completion value is this factory. The host calls it on
// the first console call that needs JavaScript (plain strings and numbers are printed natively),
// with the built-ins it captured before any artifact code ran (P). Like inspect.js, the factory
// and the functions below must not reach a built-in the artifact can replace: no template literals
// (QuickJS evaluates them with the current String.prototype.concat), no spread arguments or
// for-of (the array iterator), no String/Array methods called as methods, no writes into arrays
// that inherit from Array.prototype (index setters).
(function (format, inspect, table, print, now, P) {
  'use strict';
  // Built-ins from P, the primordials the host captured natively before any artifact code ran
  // (this factory runs on first use, possibly after the artifact replaced Map.prototype.get).
  const MapCtor = P.MapCtor;
  const MapGet = P.MapPrototypeGet;
  const MapSet = P.MapPrototypeSet;
  const MapDelete = P.MapPrototypeDelete;
  const MapHas = P.MapPrototypeHas;
  const apply = P.ReflectApply;
  const setPrototypeOf = P.ObjectSetPrototypeOf;
  const StringIndexOf = P.StringPrototypeIndexOf;
  const StringSlice = P.StringPrototypeSlice;
  const StringConcat = P.StringPrototypeConcat;
  const NumberToFixed = P.NumberPrototypeToFixed;
  const ErrorCtor = P.ErrorCtor;
  const StringCtor = P.StringCtor;

  const mapGet = (m, k) => apply(MapGet, m, [k]);
  const mapSet = (m, k, v) => apply(MapSet, m, [k, v]);
  const mapHas = (m, k) => apply(MapHas, m, [k]);
  const mapDelete = (m, k) => apply(MapDelete, m, [k]);

  let indent = '';
  const counts = new MapCtor();
  const timers = new MapCtor();

  // Node indents every line of a message inside console.group.
  function emit(stream, text) {
    if (indent !== '') {
      if (typeof text !== 'string') text = apply(StringConcat, '', [text]);
      let indented = indent;
      let last = 0;
      let pos = apply(StringIndexOf, text, ['\n']);
      while (pos !== -1) {
        indented += apply(StringSlice, text, [last, pos + 1]) + indent;
        last = pos + 1;
        pos = apply(StringIndexOf, text, ['\n', last]);
      }
      text = indented + apply(StringSlice, text, [last]);
    }
    print(stream, text);
  }
  // [first, ...rest] as an argument list (no iterator, no Array.prototype in reach).
  function prepend(first, rest) {
    const list = setPrototypeOf([first], null);
    for (let i = 0; i < rest.length; ++i) list[i + 1] = rest[i];
    return list;
  }
  const out = (...args) => emit(0, apply(format, undefined, args));
  const err = (...args) => emit(1, apply(format, undefined, args));
  const label = (l) => (l === undefined ? 'default' : StringCtor(l));
  const elapsed = (start) => {
    const ms = now() - start;
    return ms < 1000 ? apply(NumberToFixed, ms, [3]) + 'ms' : apply(NumberToFixed, ms / 1000, [3]) + 's';
  };

  const console = {
    log: out,
    info: out,
    debug: out,
    warn: err,
    error: err,
    trace(...args) {
      const e = new ErrorCtor();
      let stack = StringCtor(e.stack || '');
      // The stack starts where the artifact called console.trace: this function's frame and
      // the native one in front of it are left out, as Node leaves out its own.
      for (;;) {
        const eol = apply(StringIndexOf, stack, ['\n']);
        const first = eol === -1 ? stack : apply(StringSlice, stack, [0, eol]);
        if (first !== '    at trace' && !apply(P.StringPrototypeEndsWith, first, [' (native)'])) break;
        stack = eol === -1 ? '' : apply(StringSlice, stack, [eol + 1]);
      }
      const msg = args.length ? apply(format, undefined, args) : '';
      // Without its final newline (an out-of-range index would reach String.prototype).
      const trimmed = stack !== '' && stack[stack.length - 1] === '\n' ?
        apply(StringSlice, stack, [0, -1]) : stack;
      emit(1, 'Trace' + (msg ? ': ' + msg : '') + (stack ? '\n' + trimmed : ''));
    },
    assert(value, ...args) {
      if (value) return;
      if (args.length === 0) emit(1, 'Assertion failed');
      else if (typeof args[0] === 'string') {
        args[0] = 'Assertion failed: ' + args[0];
        apply(err, undefined, args);
      } else apply(err, undefined, prepend('Assertion failed:', args));
    },
    dir(value, options) {
      emit(0, inspect(value, options));
    },
    table(data, properties) {
      const drawn = table(data, properties);
      if (drawn === undefined) out(data);
      else emit(0, drawn);
    },
    count(l) {
      const key = label(l);
      const n = (mapGet(counts, key) || 0) + 1;
      mapSet(counts, key, n);
      out(key + ': ' + n);
    },
    countReset(l) {
      mapDelete(counts, label(l));
    },
    time(l) {
      const key = label(l);
      if (mapHas(timers, key)) {
        err("Warning: Label '" + key + "' already exists for console.time()");
        return;
      }
      mapSet(timers, key, now());
    },
    timeLog(l, ...args) {
      const key = label(l);
      if (!mapHas(timers, key)) {
        err("Warning: No such label '" + key + "' for console.timeLog()");
        return;
      }
      apply(out, undefined, prepend(key + ': ' + elapsed(mapGet(timers, key)), args));
    },
    timeEnd(l) {
      const key = label(l);
      if (!mapHas(timers, key)) {
        err("Warning: No such label '" + key + "' for console.timeEnd()");
        return;
      }
      out(key + ': ' + elapsed(mapGet(timers, key)));
      mapDelete(timers, key);
    },
    group(...args) {
      if (args.length) apply(out, undefined, args);
      indent += '  ';
    },
    groupEnd() {
      // (indent is only spaces)
      indent = indent.length > 2 ? apply(StringSlice, indent, [2]) : '';
    },
  };
  console.groupCollapsed = console.group;

  const log = {
    info: out,
    warn: err,
    error: err,
  };
  return { console, log };
});
