// The artifact's `console` and `LLMOS.log`, formatted like Node (util.format / util.inspect from
// inspect.js). `print(stream, text)` is the host's only entry point: 0 → logs, 1 → stderr.
// Evaluated once per context; its completion value is this factory.
(function (format, inspect, print, now) {
  'use strict';
  const MapCtor = Map;
  const MapGet = Map.prototype.get;
  const MapSet = Map.prototype.set;
  const MapDelete = Map.prototype.delete;
  const MapHas = Map.prototype.has;
  const apply = Reflect.apply;
  const StringRepeat = String.prototype.repeat;
  const StringSplit = String.prototype.split;
  const ArrayJoin = Array.prototype.join;
  const ArrayMap = Array.prototype.map;
  const NumberToFixed = Number.prototype.toFixed;
  const ErrorCtor = Error;
  const StringCtor = String;

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
      const lines = apply(StringSplit, text, ['\n']);
      text = apply(ArrayJoin, apply(ArrayMap, lines, [(l) => indent + l]), ['\n']);
    }
    print(stream, text);
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
      const stack = StringCtor(e.stack || '');
      const msg = args.length ? apply(format, undefined, args) : '';
      emit(1, 'Trace' + (msg ? ': ' + msg : '') + (stack ? '\n' + stack.replace(/\n$/, '') : ''));
    },
    assert(value, ...args) {
      if (value) return;
      if (args.length === 0) emit(1, 'Assertion failed');
      else if (typeof args[0] === 'string') {
        args[0] = 'Assertion failed: ' + args[0];
        err(...args);
      } else err('Assertion failed:', ...args);
    },
    dir(value, options) {
      emit(0, inspect(value, options));
    },
    table(data) {
      // A readable form of what Node draws as a table.
      out(data);
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
        err(`Warning: Label '${key}' already exists for console.time()`);
        return;
      }
      mapSet(timers, key, now());
    },
    timeLog(l, ...args) {
      const key = label(l);
      if (!mapHas(timers, key)) {
        err(`Warning: No such label '${key}' for console.timeLog()`);
        return;
      }
      out(key + ': ' + elapsed(mapGet(timers, key)), ...args);
    },
    timeEnd(l) {
      const key = label(l);
      if (!mapHas(timers, key)) {
        err(`Warning: No such label '${key}' for console.timeEnd()`);
        return;
      }
      out(key + ': ' + elapsed(mapGet(timers, key)));
      mapDelete(timers, key);
    },
    group(...args) {
      if (args.length) out(...args);
      indent += '  ';
    },
    groupEnd() {
      indent = apply(StringRepeat, ' ', [Math.max(0, indent.length - 2)]);
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
