// expect: {"success": true, "output": {"list": [1, 2], "map": {"a": 1}}, "logs": ["[ 1, 2 ] Map(1) { 'a' => 1 }"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Deleting or overwriting global constructors (Object, Array, Map, Set, Symbol, Reflect, JSON, String, Number, Error, Promise) after creating values does not break console output or result conversion.
const list = [1, 2];
const map = new Map([['a', 1]]);
for (const name of ['Object', 'Array', 'Map', 'Set', 'Symbol', 'Reflect', 'JSON', 'String', 'Number', 'Error', 'Promise', 'Date', 'Math', 'Proxy']) {
  globalThis[name] = undefined;
}
console.log(list, map);
({ list, map })
