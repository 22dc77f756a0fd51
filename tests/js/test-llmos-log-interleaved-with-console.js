// expect: {"success": true, "logs": ["c1", "l1", "c2"], "stderr": ["cw", "lw", "le", "ce"]}
// options: {}
// LLMOS.log and console share the same logs/stderr streams, in call order.
console.log('c1');
console.warn('cw');
LLMOS.log.info('l1');
LLMOS.log.warn('lw');
LLMOS.log.error('le');
console.error('ce');
console.log('c2');
