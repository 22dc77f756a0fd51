// expect: {"success": false, "error": {"kind": "runtime", "name": {"$type": "string"}, "message": {"$type": "string"}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// name/message/stack getters that return objects with throwing toString: the report still has string name and message.
const evil = { toString() { throw new Error('toString'); }, [Symbol.toPrimitive]() { throw new Error('toPrimitive'); } };
const e = new Error('x');
Object.defineProperty(e, 'name', { get: () => evil });
Object.defineProperty(e, 'message', { get: () => evil });
Object.defineProperty(e, 'stack', { get: () => evil });
throw e;
