// expect: {"success": true, "output": {"Function()": "EvalError", "new Function()": "EvalError", "function.constructor": "EvalError", "arrow.constructor": "EvalError", "async.constructor": "EvalError", "generator.constructor": "EvalError", "asyncGenerator.constructor": "EvalError", "class.constructor": "EvalError", "method.constructor": "EvalError", "getter.constructor": "EvalError", "Reflect.construct": "EvalError", "Reflect.apply": "EvalError", "bound Function": "EvalError", "Function.prototype.constructor.call": "EvalError", "Function.apply": "EvalError", "subclass of Function": "EvalError", "subclass of AsyncFunction": "EvalError", "Reflect.construct newTarget": "EvalError", "no-arg Function()": "EvalError", "proto chain": "EvalError", "Array species": "EvalError", "Promise species": "EvalError", "bound.constructor": "EvalError", "eval global": "undefined", "pwned": "undefined"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Every route to compiling a string as code (Function and its async/generator/async-generator siblings, reached directly, through constructors, prototypes, Reflect, bind, subclassing and species) throws EvalError; nothing is ever compiled.
const out = {};
const attempt = (label, fn) => {
  try {
    const f = fn();
    try { if (typeof f === 'function') f(); } catch {}
    out[label] = 'COMPILED';
  } catch (e) { out[label] = e && e.name; }
};
const code = 'globalThis.pwned = true; return 1';
const AsyncFunction = (async function () {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
const AsyncGeneratorFunction = (async function* () {}).constructor;
attempt('Function()', () => Function(code));
attempt('new Function()', () => new Function(code));
attempt('function.constructor', () => (function () {}).constructor(code));
attempt('arrow.constructor', () => (() => 1).constructor(code));
attempt('async.constructor', () => AsyncFunction(code));
attempt('generator.constructor', () => GeneratorFunction(code));
attempt('asyncGenerator.constructor', () => new AsyncGeneratorFunction(code));
attempt('class.constructor', () => (class {}).constructor(code));
attempt('method.constructor', () => ({ m() {} }).m.constructor(code));
attempt('getter.constructor', () => Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get.constructor(code));
attempt('Reflect.construct', () => Reflect.construct(Function, [code]));
attempt('Reflect.apply', () => Reflect.apply(Function, null, [code]));
attempt('bound Function', () => new (Function.bind(null, code))());
attempt('Function.prototype.constructor.call', () => Function.prototype.constructor.call(null, code));
attempt('Function.apply', () => Function.apply(null, [code]));
attempt('subclass of Function', () => { class F extends Function {} return new F(code); });
attempt('subclass of AsyncFunction', () => { class F extends AsyncFunction {} return new F(code); });
attempt('Reflect.construct newTarget', () => Reflect.construct(GeneratorFunction, [code], Array));
attempt('no-arg Function()', () => Function());
attempt('proto chain', () => Object.getPrototypeOf(Object.getPrototypeOf(async () => {})).constructor(code));
attempt('Array species', () => { const a = [1]; a.constructor = { [Symbol.species]: Function }; return a.map(() => code); });
attempt('Promise species', () => { const p = Promise.resolve(); p.constructor = { [Symbol.species]: AsyncFunction }; return p.then(() => 1); });
attempt('bound.constructor', () => (function () {}).bind(null).constructor(code));
out['eval global'] = typeof globalThis.eval;
out.pwned = typeof globalThis.pwned;
out
