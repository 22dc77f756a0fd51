// expect: {"success": true, "output": null, "logs": ["info message", "second info"], "stderr": ["warn message", "error message"]}
// options: {}
// LLMOS.log.info goes to logs, LLMOS.log.warn/error to stderr, in call order; they return undefined.
const r = LLMOS.log.info('info message');
LLMOS.log.warn('warn message');
LLMOS.log.error('error message');
LLMOS.log.info('second info');
r
