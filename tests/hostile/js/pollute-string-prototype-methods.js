// expect: {"success": true, "output": {"s": "str", "n": 5}, "logs": ["a b 5 [ 1, 2 ] { k: 'v' }", "info 1"], "stderr": ["w 1"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Every String.prototype method (concat, replace, split, slice, padStart, toString, …) replaced: console formatting, LLMOS.log and the result are still right.
for (const k of Object.getOwnPropertyNames(String.prototype)) {
  if (k !== 'constructor' && k !== 'length') String.prototype[k] = function () { return 'pwned'; };
}
console.log('a %s %d', 'b', 5, [1, 2], { k: 'v' });
console.warn('w', 1);
LLMOS.log.info('info 1');
({ s: 'str', n: 5 })
