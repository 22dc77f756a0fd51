// expect: {"success": true, "logs": ["log 1", "info 2", "debug 3"], "stderr": ["warn 4", "error 5"]}
// options: {}
// console.log/info/debug go to logs, console.warn/error to stderr, each call one entry.
console.log('log', 1);
console.warn('warn', 4);
console.info('info', 2);
console.error('error', 5);
console.debug('debug', 3);
