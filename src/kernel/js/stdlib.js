// The standard library of the kernel's JavaScript half (the seed's /system/kernel/stdlib.js):
// small helpers LLM-written artifacts reach for, in LLMOS.utils. Its completion value is this
// function; the host calls it the first time an artifact calls one of the helpers (until then
// LLMOS.utils holds native stand-ins, so an idle context pays nothing for them) and forwards
// every call to the helpers it returns.
//
// P holds the built-ins used here as the context had them before the artifact ran (the host
// captured them, engine/builtin.hpp), so an artifact that replaces Math.round or Array.isArray
// gets the same helpers as one that does not. Bad arguments are a TypeError or RangeError
// (CONTRACT §4), never a silently wrong result.
(function (P) {
  'use strict';
  const isArray = P.ArrayIsArray;
  const isFinite = P.NumberIsFinite;
  const isInteger = P.NumberIsInteger;
  const round = P.MathRound;
  const abs = P.MathAbs;
  const ceil = P.MathCeil;
  const max = P.MathMax;
  const NumberCtor = P.NumberCtor;
  const StringCtor = P.StringCtor;
  const apply = P.ReflectApply;
  const StringSplit = P.StringPrototypeSplit;
  const TypeErrorCtor = P.TypeErrorCtor;
  const RangeErrorCtor = P.RangeErrorCtor;
  const kMaxLength = 2 ** 32 - 1;

  const number = (fn, name, v) => {
    if (typeof v !== 'number') throw new TypeErrorCtor(fn + ': ' + name + ' must be a number');
    return v;
  };
  const finite = (fn, name, v) => {
    number(fn, name, v);
    if (!isFinite(v)) throw new RangeErrorCtor(fn + ': ' + name + ' must be finite');
    return v;
  };
  const numbers = (fn, values) => {
    if (!isArray(values)) throw new TypeErrorCtor(fn + ': values must be an array of numbers');
    for (let i = 0; i < values.length; i++) {
      if (typeof values[i] !== 'number') {
        throw new TypeErrorCtor(fn + ': values[' + i + '] is not a number');
      }
    }
    return values;
  };
  // x · 10^d through the decimal exponent, so round(1.005, 2) is 1.01 as written, not the 1.00
  // that binary multiplication gives.
  const shift = (x, d) => {
    const parts = apply(StringSplit, StringCtor(x), ['e']);
    return NumberCtor(parts[0] + 'e' + (NumberCtor(parts.length > 1 ? parts[1] : 0) + d));
  };
  // Neumaier's compensated sum: sum([0.1, 0.2, 0.3]) is 0.6, and large and small terms do not
  // swallow each other.
  const compensatedSum = (values) => {
    let s = 0;
    let c = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const t = s + v;
      c += abs(s) >= abs(v) ? s - t + v : v - t + s;
      s = t;
    }
    return s + c;
  };

  const helpers = {
    // range(end) or range(start, end[, step]): numbers from start up to (not including) end,
    // as Python's range, for fractional steps too.
    range(start, end, step) {
      const fn = 'LLMOS.utils.range';
      if (arguments.length < 2 || end === undefined) {
        end = finite(fn, 'end', start);
        start = 0;
      } else {
        finite(fn, 'start', start);
        finite(fn, 'end', end);
      }
      if (step === undefined) step = 1;
      finite(fn, 'step', step);
      if (step === 0) throw new RangeErrorCtor(fn + ': step must not be 0');
      const n = max(0, ceil((end - start) / step));
      if (n > kMaxLength) throw new RangeErrorCtor(fn + ': ' + n + ' elements is more than an array can hold');
      const out = [];
      for (let i = 0; i < n; i++) out[i] = start + i * step;
      return out;
    },
    // chunk(array, size): consecutive slices of `size` elements (the last may be shorter).
    chunk(values, size) {
      const fn = 'LLMOS.utils.chunk';
      if (!isArray(values)) throw new TypeErrorCtor(fn + ': values must be an array');
      number(fn, 'size', size);
      if (!isInteger(size) || size < 1) throw new RangeErrorCtor(fn + ': size must be a positive integer');
      const out = [];
      for (let i = 0, k = 0; i < values.length; i += size, k++) {
        const part = [];
        for (let j = 0; j < size && i + j < values.length; j++) part[j] = values[i + j];
        out[k] = part;
      }
      return out;
    },
    // round(value, digits = 0): rounded to `digits` decimals (-15…15), half away from zero.
    round(value, digits) {
      const fn = 'LLMOS.utils.round';
      number(fn, 'value', value);
      if (digits === undefined) digits = 0;
      number(fn, 'digits', digits);
      if (!isInteger(digits) || digits < -15 || digits > 15) {
        throw new RangeErrorCtor(fn + ': digits must be an integer from -15 to 15');
      }
      if (!isFinite(value) || value === 0) return value;
      const r = shift(round(shift(abs(value), digits)), -digits);
      return value < 0 ? -r : r;
    },
    // sum(values): the sum of an array of numbers (0 for an empty array).
    sum(values) {
      return compensatedSum(numbers('LLMOS.utils.sum', values));
    },
    // mean(values): the arithmetic mean of a non-empty array of numbers.
    mean(values) {
      numbers('LLMOS.utils.mean', values);
      if (values.length === 0) throw new RangeErrorCtor('LLMOS.utils.mean: values must not be empty');
      return compensatedSum(values) / values.length;
    },
  };

  return helpers;
})
